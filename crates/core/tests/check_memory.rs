//! The check of a large file takes memory in proportion to one entry, not to the file:
//! it reads the entries one by one (`validate/file.rs`). Read as one tree of values, with
//! a map of every value's place and the parser's whole directory, it took 13 to 17
//! times the file's size beside the text (1.4 GB for a file of 100,000 entries, 86 MB).
//!
//! The allocations are counted by a global allocator of this test binary; it has one
//! test, so that nothing else allocates at the same time.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use samenwijzer_core::directory::validate::{validate, Severity};
use samenwijzer_core::schedule::Date;
use serde_json::{json, Value};

/// The system allocator, counting the bytes in use and the most in use since reset.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = IN_USE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, size) };
        if !q.is_null() {
            if size > layout.size() {
                grew(size - layout.size());
            } else {
                IN_USE.fetch_sub(layout.size() - size, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// An entry with most fields filled in, one warning (an unknown municipality) and,
/// for every tenth, an error (an unknown field): so every check runs, and reports.
fn entry(i: usize) -> Value {
    let mut e = json!({
        "id": format!("e{i:06}"), "name": format!("Koffieochtend {i}"),
        "description": "Samen koffie drinken en praten met mensen uit de buurt, elke week.",
        "organisation": "Stichting Welzijn", "municipality": format!("gemeente-{:03}", i % 300),
        "needs": ["meet", "talk"], "free": false, "cost": "€ 2,50 per keer",
        "languages": ["nl", "en"], "how_to_join": "Loop gewoon binnen.",
        "schedules": [
            {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "10:00", "closes_at": "12:00"},
            {"freq": "MONTHLY", "byday": "1FR", "opens_at": "14:00", "closes_at": "16:00"}
        ],
        "location": {"name": "Buurthuis", "street": format!("Dorpsstraat {}", i % 200 + 1),
            "postcode": "1971 AB", "city": "IJmuiden", "latitude": 52.46, "longitude": 4.61,
            "wheelchair_accessible": true},
        "contact": {"phone": "0255 123 456", "email": format!("info{i}@voorbeeld.nl"),
            "website": format!("https://www.voorbeeld.nl/koffie/{i}"), "person": "Anja"},
        "last_checked": "2026-10-01"
    });
    if i.is_multiple_of(10) {
        e["adress"] = json!("Dorpsstraat 1");
    }
    e
}

#[test]
fn checking_a_large_file_takes_memory_for_one_entry_not_the_file() {
    let entries: Vec<Value> = (0..4000).map(entry).collect();
    // Written on one line, as most tools write it: the least text per value.
    let text = serde_json::to_string(&json!({"schema_version": 1, "entries": entries})).unwrap();
    drop(entries);
    let today = Date::new(2026, 11, 27).unwrap();

    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let report = validate(&text, today);
    let peak = PEAK.load(Ordering::Relaxed) - before;

    // What is still held is the report.
    let kept = IN_USE.load(Ordering::Relaxed) - before;

    // The check did run on every entry.
    assert_eq!(report.entries, 4000);
    assert_eq!(report.count(Severity::Error), 400);
    assert!(report.count(Severity::Warning) >= 4000);
    // Beside the text: the report (a problem per entry and more), and for a while the
    // ids seen and one entry's tree. Before, this was 17 times the text, nearly all of
    // it let go at the end.
    assert!(
        peak < text.len(),
        "the check took {peak} bytes for a text of {} bytes",
        text.len()
    );
    assert!(
        peak - kept < text.len() / 2,
        "the check took {} bytes more than its report, for a text of {} bytes",
        peak - kept,
        text.len()
    );
}
