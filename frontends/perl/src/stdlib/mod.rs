pub fn install<'gc>(_mc: &gc_arena::Mutation<'gc>, _rt: &mut omx_core::runtime::RuntimeState<'gc>) {
}
