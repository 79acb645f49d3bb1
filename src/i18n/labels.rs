//! The label of each value the resident sees as a word: the one map from the core's
//! enums to their texts, so the self-check, the directory and the result name a thing
//! the same way. Where "no value" has a label, it differs per place (a filter's "Alle
//! leeftijden", the self-check's "Zeg ik liever niet"), so the callers map `None`.

use samenwijzer_core::directory::filter::Period;
use samenwijzer_core::directory::order::SortOrder;
use samenwijzer_core::help::Helpline;
use samenwijzer_core::small_step::Idea;
use samenwijzer_core::tips::{Group, Source, Tip};
use samenwijzer_core::what_helps::{AgeGroup, Barrier, Moment};
use samenwijzer_core::Need;

use super::Key;

/// The label of a moment of the day or week, as the self-check and the directory show it.
pub fn moment_key(moment: Moment) -> Key {
    match moment {
        Moment::Daytime => Key::MomentDaytime,
        Moment::Evening => Key::MomentEvening,
        Moment::Weekend => Key::MomentWeekend,
    }
}

/// The label of a need, as the self-check and the directory show it.
pub fn need_key(need: Need) -> Key {
    match need {
        Need::Talk => Key::NeedTalk,
        Need::Meet => Key::NeedMeet,
        Need::Sport => Key::NeedSport,
        Need::Culture => Key::NeedCulture,
        Need::Nature => Key::NeedNature,
        Need::Transport => Key::NeedTransport,
        Need::PracticalHelp => Key::NeedPracticalHelp,
        Need::Confidence => Key::NeedConfidence,
        Need::Volunteering => Key::NeedVolunteering,
        Need::Carer => Key::NeedCarer,
        Need::Digital => Key::NeedDigital,
        Need::Grief => Key::NeedGrief,
    }
}

/// The label of an age group.
pub fn age_key(age: AgeGroup) -> Key {
    match age {
        AgeGroup::Under18 => Key::AgeUnder18,
        AgeGroup::From18To26 => Key::Age18To26,
        AgeGroup::From27To64 => Key::Age27To64,
        AgeGroup::From65 => Key::Age65,
    }
}

/// The label of the directory's "when" filter (`None`: any time).
pub fn period_key(period: Option<Period>) -> Key {
    match period {
        None => Key::PeriodAny,
        Some(Period::Today) => Key::PeriodToday,
        Some(Period::ThisWeek) => Key::PeriodThisWeek,
    }
}

/// The label of a sort order of the directory.
pub fn sort_key(sort: SortOrder) -> Key {
    match sort {
        SortOrder::Relevance => Key::SortRelevance,
        SortOrder::Name => Key::SortName,
        SortOrder::Distance => Key::SortDistance,
    }
}

/// A helpline's heading and the sentence that says what it is for.
pub fn helpline_keys(line: Helpline) -> (Key, Key) {
    match line {
        Helpline::SuicidePrevention => (Key::HelpSuicideHeading, Key::HelpSuicideText),
        Helpline::Luisterlijn => (Key::HelpListenHeading, Key::HelpListenText),
        Helpline::Kindertelefoon => (Key::HelpChildHeading, Key::HelpChildText),
    }
}

/// What makes going hard, as the self-check offers it.
pub fn barrier_key(barrier: Barrier) -> Key {
    match barrier {
        Barrier::GoingAlone => Key::BarrierGoingAlone,
        Barrier::Transport => Key::BarrierTransport,
        Barrier::Cost => Key::BarrierCost,
        Barrier::Stairs => Key::BarrierStairs,
        Barrier::Language => Key::BarrierLanguage,
        Barrier::Energy => Key::BarrierEnergy,
        Barrier::TimeOfDay => Key::BarrierTimeOfDay,
    }
}

/// A tip's heading and text (`core::tips`).
pub fn tip_keys(tip: Tip) -> (Key, Key) {
    match tip {
        Tip::Thoughts => (Key::TipThoughtsTitle, Key::TipThoughtsText),
        Tip::OnePerson => (Key::TipOnePersonTitle, Key::TipOnePersonText),
        Tip::SayHow => (Key::TipSayHowTitle, Key::TipSayHowText),
        Tip::Listener => (Key::TipListenerTitle, Key::TipListenerText),
        Tip::Regular => (Key::TipRegularTitle, Key::TipRegularText),
        Tip::SharedInterest => (Key::TipSharedInterestTitle, Key::TipSharedInterestText),
        Tip::Neighbour => (Key::TipNeighbourTitle, Key::TipNeighbourText),
        Tip::Role => (Key::TipRoleTitle, Key::TipRoleText),
        Tip::For(Barrier::GoingAlone) => (Key::TipGoingAloneTitle, Key::TipGoingAloneText),
        Tip::For(Barrier::Transport) => (Key::TipTransportTitle, Key::TipTransportText),
        Tip::For(Barrier::Cost) => (Key::TipCostTitle, Key::TipCostText),
        Tip::For(Barrier::Stairs) => (Key::TipStairsTitle, Key::TipStairsText),
        Tip::For(Barrier::Language) => (Key::TipLanguageTitle, Key::TipLanguageText),
        Tip::For(Barrier::Energy) => (Key::TipEnergyTitle, Key::TipEnergyText),
        Tip::For(Barrier::TimeOfDay) => (Key::TipTimeTitle, Key::TipTimeText),
    }
}

/// The heading of a group of tips.
pub fn tip_group_key(group: Group) -> Key {
    match group {
        Group::Everyone => Key::TipsGroupEveryone,
        Group::Close => Key::TipsGroupClose,
        Group::Circle => Key::TipsGroupCircle,
        Group::Going => Key::TipsGroupGoing,
    }
}

/// A tip's source, as cited on the tips page and the About page.
pub fn source_key(source: Source) -> Key {
    match source {
        Source::Movisie => Key::SourceMovisie,
        Source::EenTegenEenzaamheid => Key::SourceEenTegen,
        Source::DeJongGierveld => Key::SourceDjg,
        Source::Luisterlijn => Key::SourceLuisterlijn,
    }
}

/// A small step the result suggests (`core::small_step`).
pub fn idea_key(idea: Idea) -> Key {
    match idea {
        Idea::Call => Key::IdeaCall,
        Idea::Write => Key::IdeaWrite,
        Idea::Tell => Key::IdeaTell,
        Idea::Activity => Key::IdeaActivity,
        Idea::Neighbour => Key::IdeaNeighbour,
        Idea::Club => Key::IdeaClub,
        Idea::Volunteer => Key::IdeaVolunteer,
    }
}
