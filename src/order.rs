//! One index sort for the whole crate.
//!
//! Every call of `sort_unstable_by` with its own closure instantiates the standard library's
//! quicksort again (5–12 KB of wasm each). Sorting indices through this one function, with the
//! comparison behind `dyn`, keeps a single copy; the indirect call costs little next to the
//! comparisons themselves.

use std::cmp::Ordering;

/// Sorts `order` (indices into some table) by `compare`, unstably.
pub(crate) fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_unstable_by(|&a, &b| compare(a, b));
}
