//! Samenwijzer's pure logic, shared by the web app and the staff tools.
//!
//! Architecture invariant: this crate knows nothing about Leptos, the browser or I/O.
//! Everything here takes values and returns values, so `cargo test` covers it natively.

pub mod case;
pub mod check;
pub mod correction;
pub mod directory;
pub mod geo;
pub mod handover;
pub mod help;
pub mod history;
pub mod ics;
pub mod lang;
pub mod launch;
pub mod link;
pub mod matching;
pub mod municipality;
pub mod need;
pub mod place;
pub mod qr;
pub mod quote;
pub mod route;
pub mod schedule;
pub mod search;
pub mod small_step;
pub mod stored;
pub mod theme;
pub mod tips;
pub mod together;
pub mod what_helps;

pub use lang::{Lang, StaffLang};
pub use need::Need;
