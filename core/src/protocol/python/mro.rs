//! C3 linearisation of a class's bases (CPython `mro_implementation`,
//! "The Python 2.3 Method Resolution Order"): the MRO is the class
//! followed by the merge of its bases' MROs and the list of bases; at each
//! step the first head that appears in no other list's tail is taken.
//! When no head qualifies the hierarchy is inconsistent: CPython's
//! "Cannot create a consistent method resolution\norder (MRO) for bases
//! ..." `TypeError`.

use super::state::type_name;
use crate::object::Object;

/// The MRO of a class with these bases (each base's own MRO given).
pub fn c3<'gc>(
    cls: Object<'gc>,
    bases: &[(Object<'gc>, Vec<Object<'gc>>)],
) -> Result<Vec<Object<'gc>>, String> {
    let mut seqs: Vec<Vec<Object<'gc>>> = bases.iter().map(|(_, m)| m.clone()).collect();
    seqs.push(bases.iter().map(|(b, _)| *b).collect());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&head)) {
                chosen = Some(head);
                break;
            }
        }
        let Some(head) = chosen else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = type_name(s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}
