//! The few lines of each language that make a host class that language's
//! own kind of class over the class's six host functions
//! (`__omx_class_NAME_{new,get,set,call,op,watch}`; see class.rs).

use omx_core::Lang;

use super::class::Operator;

pub(crate) struct Glue<'a> {
    pub name: &'a str,
    pub methods: &'a [String],
    pub fields: &'a [String],
    pub operators: &'a [Operator],
}

impl Glue<'_> {
    pub(crate) fn source(&self, lang: Lang) -> String {
        match lang {
            Lang::Lua => self.lua(),
            Lang::Python => self.python(),
            Lang::JavaScript => self.js(),
            Lang::Perl => self.perl(),
        }
    }

    fn prefix(&self) -> String {
        format!("__omx_class_{}_", self.name)
    }

    /// Lua 5.4 §2.4: the instance is an empty table; its metatable's
    /// `__index`/`__newindex` reach the fields, then the methods.
    fn lua(&self) -> String {
        let (n, p) = (self.name, self.prefix());
        let mut s = format!(
            "local N, G, S, C, O, W = {p}new, {p}get, {p}set, {p}call, {p}op, {p}watch\n\
             local ids = setmetatable({{}}, {{__mode = 'k'}})\n\
             local mt = {{__name = '{n}'}}\n\
             local class = {{}}\n\
             local named = {{['{n}'] = N}}\n\
             local fields = {{}}\n\
             local function wrap(id) local o = setmetatable({{}}, mt); ids[o] = id; W(o, id); return o end\n\
             mt.__index = function(self, k) if fields[k] then return G(ids[self], k) end return class[k] end\n\
             mt.__newindex = function(self, k, v)\n\
               if fields[k] then S(ids[self], k, v) else error(\"cannot add field '\" .. tostring(k) .. \"' to a {n}\", 2) end\n\
             end\n\
             mt.__eq = function(a, b) return O('eq', ids[a], ids[b]) end\n\
             mt.__tostring = function(a) return O('tostring', ids[a]) end\n"
        );
        for f in self.fields {
            s += &format!("fields['{f}'] = true\n");
        }
        for m in self.methods {
            // Called as a field of `named`, not in a tail call: a bad
            // argument names the method (lauxlib's getfuncname).
            s += &format!(
                "named['{m}'] = C\nclass['{m}'] = function(self, ...) return (named['{m}'](ids[self], '{m}', ...)) end\n"
            );
        }
        for op in self.operators {
            s += &format!(
                "mt.{} = function(a, b) return wrap(O('{}', ids[a], ids[b])) end\n",
                op.lua_event(),
                op.key()
            );
        }
        s += &format!(
            "class.new = function(...) return wrap((named['{n}'](...))) end\n\
             {n} = setmetatable(class, {{__call = function(_, ...) return wrap((named['{n}'](...))) end}})\n\
             {p}wrap = wrap\n\
             {p}id = function(o) return ids[o] end\n"
        );
        s
    }

    /// Python §3.3: a class with `property` fields and special methods.
    fn python(&self) -> String {
        let (n, p) = (self.name, self.prefix());
        let mut s = format!(
            "class {n}:\n    def __init__(self, *args):\n        self._omx_id = {p}new(*args)\n        {p}watch(self, self._omx_id)\n\
             \x20   def __eq__(self, other):\n        if not isinstance(other, {n}):\n            return NotImplemented\n\
             \x20       return {p}op('eq', self._omx_id, other._omx_id)\n\
             \x20   def __str__(self):\n        return {p}op('tostring', self._omx_id)\n\
             \x20   def __repr__(self):\n        return {p}op('tostring', self._omx_id)\n"
        );
        for f in self.fields {
            s += &format!(
                "    {f} = property(lambda self: {p}get(self._omx_id, '{f}'), lambda self, v: {p}set(self._omx_id, '{f}', v))\n"
            );
        }
        for m in self.methods {
            s += &format!(
                "    def {m}(self, *args):\n        return {p}call(self._omx_id, '{m}', *args)\n"
            );
        }
        for op in self.operators {
            s += &format!(
                "    def {}(self, other):\n        if not isinstance(other, {n}):\n            return NotImplemented\n\
                 \x20       return {p}wrap({p}op('{}', self._omx_id, other._omx_id))\n",
                op.python_method(),
                op.key()
            );
        }
        s += &format!(
            "def {p}wrap(i):\n    o = {n}.__new__({n})\n    o._omx_id = i\n    {p}watch(o, i)\n    return o\n\
             def {p}id(o):\n    return o._omx_id if isinstance(o, {n}) else None\n"
        );
        s
    }

    /// ECMA-262 §15.7: a class whose prototype holds accessors and methods.
    /// The instance number is a non-writable, non-configurable property
    /// under a symbol of the class (§20.1.2.4 defineProperty): omx's
    /// `WeakMap` holds its keys strongly, which would keep every instance.
    fn js(&self) -> String {
        let (n, p) = (self.name, self.prefix());
        let mut s = format!(
            "(function () {{\n  const ID = Symbol('{n} id');\n\
             \x20 const ids = {{ get: (o) => (o !== null && typeof o === 'object') ? o[ID] : undefined, set: (o, id) => Object.defineProperty(o, ID, {{ value: id }}) }};\n  class {n} {{\n\
             \x20   constructor(...a) {{ const id = {p}new(...a); ids.set(this, id); {p}watch(this, id); }}\n\
             \x20   equals(o) {{ return {p}op('eq', ids.get(this), ids.get(o)); }}\n\
             \x20   toString() {{ return {p}op('tostring', ids.get(this)); }}\n"
        );
        for f in self.fields {
            s += &format!(
                "    get {f}() {{ return {p}get(ids.get(this), '{f}'); }}\n    set {f}(v) {{ {p}set(ids.get(this), '{f}', v); }}\n"
            );
        }
        for m in self.methods {
            s += &format!("    {m}(...a) {{ return {p}call(ids.get(this), '{m}', ...a); }}\n");
        }
        for op in self.operators {
            s += &format!(
                "    {}(o) {{ return wrap({p}op('{}', ids.get(this), ids.get(o))); }}\n",
                op.key(),
                op.key()
            );
        }
        s += &format!(
            "  }}\n  function wrap(id) {{ const o = Object.create({n}.prototype); ids.set(o, id); {p}watch(o, id); return o; }}\n\
             \x20 globalThis.{n} = {n};\n  globalThis.{p}wrap = wrap;\n  globalThis.{p}id = (o) => ids.get(o);\n}})();\n"
        );
        s
    }

    /// perlobj and overload: a package whose objects are blessed scalar
    /// references holding the instance number.
    fn perl(&self) -> String {
        let (n, p) = (self.name, self.prefix());
        let mut overloads = format!(
            "'==' => sub {{ main::{p}op('eq', ${{$_[0]}}, ${{$_[1]}}) }}, '\"\"' => sub {{ main::{p}op('tostring', ${{$_[0]}}) }}"
        );
        for op in self.operators {
            overloads += &format!(
                ", '{}' => sub {{ {n}::_wrap(main::{p}op('{}', ${{$_[0]}}, ${{$_[1]}})) }}",
                op.perl_symbol(),
                op.key()
            );
        }
        let mut s = format!(
            "package {n};\nuse overload {overloads};\n\
             sub new {{ my $class = shift; my $id = main::{p}new(@_); my $o = bless \\$id, $class; main::{p}watch($o, $id); return $o; }}\n\
             sub _wrap {{ my $id = shift; my $o = bless \\$id, '{n}'; main::{p}watch($o, $id); return $o; }}\n"
        );
        for f in self.fields {
            s += &format!(
                "sub {f} {{ my $self = shift; main::{p}set($$self, '{f}', $_[0]) if @_; return main::{p}get($$self, '{f}'); }}\n"
            );
        }
        for m in self.methods {
            s += &format!(
                "sub {m} {{ my $self = shift; return main::{p}call($$self, '{m}', @_); }}\n"
            );
        }
        s += &format!(
            "package main;\nsub {p}wrap {{ return {n}::_wrap($_[0]) }}\nsub {p}id {{ my $o = shift; return ref($o) eq '{n}' ? $$o : undef }}\n1;\n"
        );
        s
    }
}
