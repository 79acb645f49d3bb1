//! Every user-visible string, one catalogue per language (`nl.rs`, `en.rs`).
//!
//! A catalogue is an exhaustive `match` over [`Key`], so a key missing in any language is
//! a compile error; the tests check that no text is empty and that placeholders such as
//! `{n}` agree between languages. To add a string: add a key below, then a line in each
//! catalogue.

mod en;
mod nl;
pub mod when;

use samenwijzer_core::check::Score;
use samenwijzer_core::{Lang, Need};

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }
        impl Key {
            #[cfg(test)]
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }
    };
}

keys! {
    // Frame
    AppName, SkipToContent, NavLabel, NavStart, NavCheck, NavDirectory, NavHelp,
    NavPrivacy, NavAbout, FooterLabel, FooterPrivacyNote,
    // Start page
    StartTitle, StartIntro, StartWhy, StartCheckButton, StartCheckHint, StartDirectoryButton,
    StartDirectoryHint, StartPrivacy,
    // Self-check
    CheckTitle, CheckIntro, CheckDuration, CheckNotDiagnosis,
    // Result
    ResultTitle, ResultNone, ResultStartCheck,
    // Self-check flow and result
    CheckStart, CheckContinue, CheckRestart, CheckStepQuestion, CheckPrevious, CheckNext,
    CheckSkipHint, CheckStepsLabel, NeedsTitle, NeedsIntro, SituationTitle, SituationIntro,
    AgeLegend, AgeUnder18, Age18To26, Age27To64, Age65, AgeNoAnswer, PlaceLegend,
    MunicipalityLabel, MunicipalityAny, PostcodeLabel, PostcodeHint, PostcodeInvalid,
    PostcodeOutside, PostcodeFound, MustLegend, WheelchairLabel, FreeOnlyLabel, MomentsLegend,
    MomentDaytime, MomentEvening, MomentWeekend, CheckShowResult, RememberLabel, RememberHint,
    StorageFailed, ClearAnswers, AnswersCleared, ResultIncomplete, ResultMissingItem,
    ResultScore, ResultScoreRange, ResultBand, LevelNotLonely, LevelModerate, LevelSevere,
    ProfileEmotional, ProfileSocial, ProfileBoth, ResultChanges, ResultNotDiagnosis,
    ResultCareHeading, ResultCareText, SuggestionsHeading, SuggestionsIntro,
    SuggestionsLoading, SuggestionsNone, SuggestionsUnavailable, BecauseYouSaid, ReasonNearby,
    ReasonFree, ReasonWheelchair, SeeAllMatching, TalkHeading, TalkText, TakeAlongHeading,
    TakeAlongText, PrintButton, SummaryHeading, SummaryDate, SummaryInstrument,
    SummarySubscale, SummaryNeeds, SummaryNoNeeds, EditAnswers, DirectoryFilteredBy,
    DirectoryShowAll,
    // Directory
    DirectoryTitle, DirectoryIntro, DirectoryLoading, DirectoryLoadFailed,
    DirectoryFailedRest, DirectoryErrorDetail, DirectoryCount, DirectoryCountOne,
    DirectorySkipped, DirectorySkippedOne, DirectoryExample, DirectoryNational, DirectoryFree,
    DirectoryWheelchair, DirectoryWhen, DirectoryOrganisation, DirectoryNeeds, DirectorySearchLabel, DirectoryShowMore, DirectoryShowing, FilterLegend, FilterAllMunicipalities, FilterNeed, FilterAllNeeds, DirectorySearchHint, DirectoryNoResults,
    // Needs
    NeedTalk, NeedMeet, NeedSport, NeedCulture, NeedNature, NeedTransport, NeedPracticalHelp,
    NeedConfidence, NeedVolunteering, NeedCarer, NeedDigital, NeedGrief,
    // Help now
    HelpTitle, HelpIntro, HelpSuicideHeading, HelpSuicideText, HelpListenHeading,
    HelpListenText, HelpChildHeading, HelpChildText, HelpEmergency, HelpLocalHeading,
    HelpLocalText, HelpChecked, HelpCall, HelpChat,
    // Privacy
    PrivacyTitle, PrivacyIntro, PrivacyNoServer, PrivacyStorage, PrivacyDelete,
    PrivacyDeleteButton, PrivacyDeleted, PrivacyStorageBlocked,
    // About
    AboutTitle, AboutIntro, AboutSourcesHeading, AboutSourcesText, AboutDjg11, AboutDjg6,
    AboutCutoffs, AboutDataHeading, AboutDataText, AboutLicenceHeading, AboutLicenceText,
    AboutA11yHeading, AboutA11yText, AboutA11yLimits,
    // Not found
    NotFoundTitle, NotFoundText,
    // Crash screen (shown by the panic hook)
    CrashTitle, CrashText, CrashReload, CrashHelp,
    // Entry page, schedules in words, order, near me, shortlist
    EntryTitle, EntryBack, EntryNotFound, EntryWhere, EntryMap, EntryGettingThere, EntryAccessibility, EntryCost, EntryForWhom, EntryAges, EntryAgesFrom, EntryAgesTo, EntryLanguages, EntryHowToJoin, EntryContact, EntryContactPerson, EntryLastChecked, EntryNext, EntryAddToCalendar, EntryCalendarHint, EntryTemporarilyClosed, EntryToday, EntryDistance, DayMo, DayTu, DayWe, DayTh, DayFr, DaySa, DaySu, Month1, Month2, Month3, Month4, Month5, Month6, Month7, Month8, Month9, Month10, Month11, Month12, Nth1, Nth2, Nth3, Nth4, Nth5, NthLast, DateLong, ListAnd, DayRange, ScheduleEveryDay, ScheduleWeekly, ScheduleEveryNWeeks, ScheduleMonthly, ScheduleEveryNMonths, ScheduleTimes, ScheduleFromTime, ScheduleValid, ScheduleValidFrom, ScheduleValidTo, FilterDays, FilterPeriod, PeriodAny, PeriodToday, PeriodThisWeek, FilterAge, FilterAllAges, SortLabel, SortRelevance, SortName, SortDistance, NearLabel, NearHint, NearUnknown, NearNeeded, NearApply, NearSource, NavShortlist, ShortlistTitle, ShortlistIntro, ShortlistEmpty, ShortlistToggle, ShortlistRememberLabel, ShortlistRememberHint, ShortlistPrint, ShortlistMissing,
    // Page titles
    TitleSuffix,
    // New version (service worker), municipality configuration, widget
    UpdateAvailable, UpdateButton, UpdateApplying, CouncilUnknownTitle, CouncilBrokenTitle, CouncilUnknownText,
    CouncilBrokenText, CouncilBrokenDetail, CouncilStillWorks, CouncilGeneral, HelpLocalContact,
}

/// The text for `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Nl => nl::text(key),
        Lang::En => en::text(key),
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

/// "Uw score is 5 van de 11." — or, for a scale that does not start at 0,
/// "Uw score is 7, op een schaal van 3 tot 9."
pub fn score_sentence(lang: Lang, score: &Score) -> String {
    let key = if score.min == 0 {
        Key::ResultScore
    } else {
        Key::ResultScoreRange
    };
    let numbers = [score.total, score.min, score.max].map(|n| n.to_string());
    fill(
        text(lang, key),
        &[
            ("score", &numbers[0]),
            ("min", &numbers[1]),
            ("max", &numbers[2]),
        ],
    )
}

/// Fills `{name}` placeholders: `fill("{n} items", &[("n", "3")])`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_owned(), |acc, (name, value)| {
        acc.replace(&format!("{{{name}}}"), value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(s: &str) -> BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect()
    }

    #[test]
    fn every_key_has_text_in_every_language() {
        for lang in Lang::ALL {
            for &key in Key::ALL {
                assert!(
                    !text(lang, key).trim().is_empty(),
                    "{lang:?} {key:?} is empty"
                );
            }
        }
    }

    #[test]
    fn placeholders_agree_between_languages() {
        for &key in Key::ALL {
            assert_eq!(
                placeholders(text(Lang::Nl, key)),
                placeholders(text(Lang::En, key)),
                "{key:?}"
            );
        }
    }

    #[test]
    fn dutch_and_english_differ_where_they_should() {
        // Catches a copy-pasted, untranslated catalogue entry. Names are the same in both.
        let same_in_both = [
            Key::AppName,
            Key::NavPrivacy,
            Key::PrivacyTitle,
            Key::TitleSuffix,
            Key::AboutDjg11,
            Key::AboutDjg6,
            Key::HelpLocalContact,
            Key::EntryContact,
            Key::DateLong,
            Key::ScheduleTimes,
        ];
        for &key in Key::ALL {
            if !same_in_both.contains(&key) {
                assert_ne!(text(Lang::Nl, key), text(Lang::En, key), "{key:?}");
            }
        }
    }

    #[test]
    fn score_sentences_name_the_scale() {
        use samenwijzer_core::check::{builtin_instruments, Answers};
        for instrument in builtin_instruments() {
            let mut answers = Answers::for_instrument(&instrument);
            (0..instrument.items.len()).for_each(|i| answers.set(i, Some(0)));
            let score = instrument.score(&answers).unwrap();
            let expected = match instrument.id.as_str() {
                "djg11" => "Uw score is 5 van de 11.",
                "djg6" => "Uw score is 3 van de 6.",
                _ => "Uw score is 3, op een schaal van 3 tot 9.",
            };
            assert_eq!(
                score_sentence(Lang::Nl, &score),
                expected,
                "{}",
                instrument.id
            );
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("{n} van {total}", &[("n", "3"), ("total", "11")]),
            "3 van 11"
        );
        assert_eq!(fill("geen", &[("n", "3")]), "geen");
    }
}
