//! The languages omx hosts. A function's language decides what its
//! operators mean (DESIGN.md invariant 4).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Lua,
    Python,
    JavaScript,
    Perl,
}

impl Lang {
    pub fn name(self) -> &'static str {
        match self {
            Lang::Lua => "Lua",
            Lang::Python => "Python",
            Lang::JavaScript => "JavaScript",
            Lang::Perl => "Perl",
        }
    }
}
