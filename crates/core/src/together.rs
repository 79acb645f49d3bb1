//! "Samen invullen": the self-check filled in by a resident together with a helper (a
//! GP's assistant, a neighbourhood-team worker, a volunteer, a relative), on the
//! helper's device or the resident's. Nothing is stored in this mode, and after a
//! while without use the app starts clean, so the next person finds nothing of the
//! last. This module is the policy: when to warn, when to start clean.

use std::time::Duration;

/// The minutes without use before a clean start, when the configuration names none.
pub const DEFAULT_IDLE_MINUTES: u32 = 10;
/// The range a configuration may choose: short enough for a waiting room, long
/// enough for a slow conversation.
pub const IDLE_MINUTES: std::ops::RangeInclusive<u32> = 2..=60;
/// How long the warning is shown before the clean start: WCAG 2.2.1 asks for at least
/// 20 seconds to say "I'm still here" with one simple action.
pub const WARNING: Duration = Duration::from_secs(60);

/// When a together-session without use is warned about and ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdlePolicy {
    after: Duration,
}

/// Where a session is, given how long it has not been used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// The warning is on screen; the clean start comes after these whole seconds.
    Warning {
        seconds_left: u64,
    },
    /// Time is up: wipe everything and start clean.
    Reset,
}

impl Default for IdlePolicy {
    fn default() -> IdlePolicy {
        IdlePolicy::minutes(DEFAULT_IDLE_MINUTES).expect("the default is in range")
    }
}

impl IdlePolicy {
    /// A policy of `minutes` without use; `None` outside [`IDLE_MINUTES`].
    pub fn minutes(minutes: u32) -> Option<IdlePolicy> {
        IDLE_MINUTES.contains(&minutes).then(|| IdlePolicy {
            after: Duration::from_secs(u64::from(minutes) * 60),
        })
    }

    /// The time without use after which everything is wiped.
    pub fn after(self) -> Duration {
        self.after
    }

    /// The state after `unused` without any use (a key, a tap, a scroll).
    pub fn state(self, unused: Duration) -> Idle {
        if unused >= self.after {
            return Idle::Reset;
        }
        let left = self.after - unused;
        if left <= WARNING {
            // Rounded up: "1 second" until the very end, never "0".
            Idle::Warning {
                seconds_left: left.as_millis().div_ceil(1000) as u64,
            }
        } else {
            Idle::Active
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn the_default_is_ten_minutes_with_a_minute_of_warning() {
        let policy = IdlePolicy::default();
        assert_eq!(policy.after(), secs(600));
        assert_eq!(policy.state(secs(0)), Idle::Active);
        assert_eq!(policy.state(secs(539)), Idle::Active);
        assert_eq!(policy.state(secs(540)), Idle::Warning { seconds_left: 60 });
        assert_eq!(
            policy.state(Duration::from_millis(599_001)),
            Idle::Warning { seconds_left: 1 }
        );
        assert_eq!(policy.state(secs(600)), Idle::Reset);
        assert_eq!(policy.state(secs(100_000)), Idle::Reset);
    }

    #[test]
    fn minutes_outside_the_range_are_refused() {
        assert_eq!(IdlePolicy::minutes(1), None);
        assert_eq!(IdlePolicy::minutes(61), None);
        assert_eq!(IdlePolicy::minutes(0), None);
        assert_eq!(IdlePolicy::minutes(2).unwrap().after(), secs(120));
        assert_eq!(IdlePolicy::minutes(60).unwrap().after(), secs(3600));
    }

    #[test]
    fn the_warning_always_gives_at_least_twenty_seconds() {
        for minutes in IDLE_MINUTES {
            let policy = IdlePolicy::minutes(minutes).unwrap();
            let first_warning = (0..=policy.after().as_secs())
                .map(|s| policy.state(secs(s)))
                .find(|s| matches!(s, Idle::Warning { .. }));
            match first_warning {
                Some(Idle::Warning { seconds_left }) => assert!(seconds_left >= 20, "{minutes}"),
                other => panic!("{minutes} minutes: no warning before the reset ({other:?})"),
            }
        }
    }
}
