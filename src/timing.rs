//! User Timing marks around the app's own work (parse, index, search), so benchmarks
//! and the browser's performance panel can tell it apart from rendering. Costs two
//! `performance.mark` calls per measured step; nothing is sent anywhere.

/// Runs `work` and records its duration as a `performance.measure` named `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let Some(performance) = performance else {
        return work();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
    result
}

/// Records the moment `name` (a `performance.mark`), e.g. when the app is ready.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
