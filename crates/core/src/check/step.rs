//! The steps of the self-check, as they appear in the URL (`#/zelftest?stap=3`), so the
//! back button goes to the previous question. Only the step is in the URL, never an
//! answer.

use crate::route::{Page, Route};

pub const STEP_PARAM: &str = "stap";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// A statement, 0-based (shown 1-based).
    Question(usize),
    /// "Wat zou u helpen?"
    Needs,
    /// Age, place, musts and moments.
    Situation,
}

impl Step {
    /// The step a route points at, given the number of statements. Anything unknown
    /// or out of range is the intro.
    pub fn from_route(route: &Route, questions: usize) -> Step {
        match route.param(STEP_PARAM) {
            Some("behoeften") => Step::Needs,
            Some("situatie") => Step::Situation,
            Some(n) => match n.parse::<usize>() {
                Ok(n) if (1..=questions).contains(&n) => Step::Question(n - 1),
                _ => Step::Intro,
            },
            None => Step::Intro,
        }
    }

    pub fn route(self) -> Route {
        let route = Route::to(Page::Check);
        match self {
            Step::Intro => route,
            Step::Question(i) => route.with(STEP_PARAM, &(i + 1).to_string()),
            Step::Needs => route.with(STEP_PARAM, "behoeften"),
            Step::Situation => route.with(STEP_PARAM, "situatie"),
        }
    }

    pub fn next(self, questions: usize) -> Option<Step> {
        match self {
            Step::Intro if questions > 0 => Some(Step::Question(0)),
            Step::Intro => Some(Step::Needs),
            Step::Question(i) if i + 1 < questions => Some(Step::Question(i + 1)),
            Step::Question(_) => Some(Step::Needs),
            Step::Needs => Some(Step::Situation),
            Step::Situation => None,
        }
    }

    pub fn previous(self, questions: usize) -> Option<Step> {
        match self {
            Step::Intro => None,
            Step::Question(0) => Some(Step::Intro),
            Step::Question(i) => Some(Step::Question(i - 1)),
            Step::Needs if questions > 0 => Some(Step::Question(questions - 1)),
            Step::Needs => Some(Step::Intro),
            Step::Situation => Some(Step::Needs),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_the_url() {
        let all = [
            Step::Intro,
            Step::Question(0),
            Step::Question(10),
            Step::Needs,
            Step::Situation,
        ];
        for step in all {
            let href = step.route().href();
            assert_eq!(
                Step::from_route(&Route::parse(&href).unwrap(), 11),
                step,
                "{href}"
            );
        }
        assert_eq!(Step::Question(2).route().href(), "#/zelftest?stap=3");
    }

    #[test]
    fn unknown_steps_fall_back_to_the_intro() {
        for bad in ["0", "12", "x", ""] {
            let route = Route::to(Page::Check).with(STEP_PARAM, bad);
            assert_eq!(Step::from_route(&route, 11), Step::Intro, "{bad}");
        }
    }

    #[test]
    fn next_and_previous_walk_the_whole_check() {
        let mut step = Step::Intro;
        let mut walked = vec![step];
        while let Some(next) = step.next(3) {
            assert_eq!(next.previous(3), Some(step));
            walked.push(next);
            step = next;
        }
        assert_eq!(
            walked,
            [
                Step::Intro,
                Step::Question(0),
                Step::Question(1),
                Step::Question(2),
                Step::Needs,
                Step::Situation
            ]
        );
    }
}
