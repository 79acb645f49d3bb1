//! English: plain words, short sentences.

use super::Key::{self, *};

pub fn text(key: Key) -> &'static str {
    match key {
        AppName => "Samenwijzer",
        SkipToContent => "Skip to content",
        NavLabel => "Main menu",
        NavStart => "Home",
        NavCheck => "Self-check",
        NavDirectory => "Activities",
        NavHelp => "Help now",
        NavPrivacy => "Privacy",
        NavAbout => "About Samenwijzer",
        FooterLabel => "About this website",
        FooterPrivacyNote => "Your answers stay on this device. We never see them.",

        StartTitle => "Finding what helps you, together",
        StartIntro => {
            "Do you sometimes feel alone? It happens to many people. \
            What helps is different for everyone. That is why we first ask what you need."
        }
        StartWhy => {
            "A short self-check helps you see how you are doing. \
            Then you see activities and people near you that suit you."
        }
        StartCheckButton => "Take the self-check",
        StartCheckHint => "About 5 minutes. You can stop at any time.",
        StartDirectoryButton => "Browse activities",
        StartDirectoryHint => "Search what is on offer near you yourself.",
        StartPrivacy => {
            "Your answers stay on this device. Nothing is sent to the council or to us."
        }

        CheckTitle => "Self-check: how are you doing?",
        CheckIntro => {
            "You will read a few statements about your contact with other people. \
            For each statement, choose what fits you best. \
            Then we ask what would help you."
        }
        CheckDuration => "It takes about 5 minutes. You can look back and change your answers.",
        CheckNotDiagnosis => {
            "The self-check is a moment to reflect on how you are doing. \
            It is not a diagnosis."
        }

        ResultTitle => "Your result",
        ResultNone => "You have not filled in the self-check yet, so there is no result.",
        ResultStartCheck => "Go to the self-check",

        CheckStart => "Start the self-check",
        CheckContinue => "Continue where you were",
        CheckRestart => "Start again",
        CheckStepQuestion => "Question {n} of {total}",
        CheckPrevious => "Previous",
        CheckNext => "Next",
        CheckSkipHint => "You may skip a question. At the end you see which questions are still open.",
        CheckStepsLabel => "Steps of the self-check",
        NeedsTitle => "What would help you?",
        NeedsIntro => "Choose what suits you. You can choose more than one thing, or nothing.",
        SituationTitle => "About your situation",
        SituationIntro => "This helps us show activities that suit you. Nothing is required.",
        AgeLegend => "How old are you?",
        AgeUnder18 => "Under 18",
        Age18To26 => "18 to 26",
        Age27To64 => "27 to 64",
        Age65 => "65 or older",
        AgeNoAnswer => "I'd rather not say",
        PlaceLegend => "Where do you live?",
        MunicipalityLabel => "Municipality",
        MunicipalityAny => "Another municipality, or I'd rather not say",
        PostcodeLabel => "Or enter your postcode",
        PostcodeHint => "For example 1971 AB. Only used to find your municipality.",
        PostcodeInvalid => "Enter a postcode like 1971 AB.",
        PostcodeOutside => "This postcode is not in one of the listed municipalities. You will see activities from all of them.",
        PostcodeFound => "This postcode is in {name}.",
        MustLegend => "What must be true?",
        WheelchairLabel => "The building must be wheelchair accessible",
        FreeOnlyLabel => "Free activities only",
        MomentsLegend => "When suits you?",
        MomentDaytime => "During the day",
        MomentEvening => "In the evening",
        MomentWeekend => "At the weekend",
        CheckShowResult => "See your result",
        RememberLabel => "Keep my answers on this device",
        RememberHint => "Then you can continue later. They stay on this device only, and you can delete them at any time.",
        StorageFailed => "Your answers could not be kept on this device. The self-check still works as usual.",
        ClearAnswers => "Delete my answers",
        AnswersCleared => "Your answers have been deleted.",
        ResultIncomplete => "You have not answered all statements yet. Without every answer we give no result. These questions are still open:",
        ResultMissingItem => "Question {n}: {text}",
        ResultScore => "Your score is {score} out of {max}.",
        ResultScoreRange => "Your score is {score}, on a scale from {min} to {max}.",
        ResultBand => "This means: at the moment you feel {band}.",
        LevelNotLonely => "You have enough people around you at the moment, or you hardly miss them. Good! It can still help to know what is on near you. For later, or for someone else.",
        LevelModerate => "You sometimes miss contact or people close to you. This happens to many people, for example after a move, an illness or a loss. There are things that can help. Below are ideas that fit what you told us.",
        LevelSevere => "You miss a lot of contact or people close to you right now. That is hard. You do not have to solve it alone. Talking to someone can help, even today.",
        ProfileEmotional => "It seems you mostly miss a close bond: someone really close to you, like a good friend or a partner. This is called emotional loneliness.",
        ProfileSocial => "It seems you mostly miss a wider circle: people to do things with, like neighbours, acquaintances or a club. This is called social loneliness.",
        ProfileBoth => "It seems you miss both a close bond and a wider circle of people to do things with.",
        ResultChanges => "Feelings of loneliness change. They can come and go, for example when something changes in your life. This result is about now.",
        ResultNotDiagnosis => "This self-check is not a diagnosis. It is a moment to reflect on how you are doing.",
        ResultCareHeading => "Do you feel very low?",
        ResultCareText => "Do you sometimes think about death or suicide? Talk about it, it helps. You can do that at 113, day and night, free and anonymous.",
        SuggestionsHeading => "Ideas that suit you",
        SuggestionsIntro => "These are suggestions. You decide what you want.",
        SuggestionsLoading => "Loading ideas…",
        SuggestionsNone => "We found no activities that fit exactly. Look at all activities, or talk to someone.",
        SuggestionsUnavailable => "The activities cannot be shown right now. Talking to someone is always possible.",
        BecauseYouSaid => "Because you said: {reasons}",
        ReasonNearby => "in your municipality",
        ReasonFree => "free",
        ReasonWheelchair => "wheelchair accessible",
        SeeAllMatching => "See all activities that fit",
        TalkHeading => "Would you rather talk to someone first?",
        TalkText => "You can. The neighbourhood team or welfare organisation in your municipality is happy to think along with you. Or call De Luisterlijn, day and night: 088 0767 000.",
        TakeAlongHeading => "Take it with you",
        TakeAlongText => "Would you like to talk about it with your GP or the neighbourhood team? Print this summary, or save it as a PDF.",
        PrintButton => "Print or save as PDF",
        SummaryHeading => "Summary of my self-check",
        SummaryDate => "Filled in on {date}",
        SummaryInstrument => "Questionnaire: {name}",
        SummarySubscale => "{label}: {score} out of {max}",
        SummaryNeeds => "What would help me: {needs}",
        SummaryNoNeeds => "What would help me: nothing chosen",
        EditAnswers => "Review or change answers",
        DirectoryFilteredBy => "Filtered by: {filters}",
        DirectoryShowAll => "Show all activities",

        DirectoryTitle => "Activities and contacts",
        DirectoryIntro => {
            "Find activities, places and people near you. \
            National helplines are listed too."
        }
        DirectoryLoading => "Loading the activities…",
        DirectoryLoadFailed => "The list of activities cannot be shown right now.",
        DirectoryFailedRest => "The self-check and the Help now page still work.",
        DirectoryErrorDetail => "For the administrator: {detail}",
        DirectoryCount => "{n} activities and contacts",
        DirectoryCountOne => "1 activity or contact",
        DirectorySkipped => "{n} items could not be shown.",
        DirectorySkippedOne => "1 item could not be shown.",
        DirectoryExample => "Example",
        DirectoryNational => "National",
        DirectoryFree => "Free",
        DirectoryWheelchair => "Wheelchair accessible",
        DirectoryWhen => "When",
        DirectoryOrganisation => "Organisation",
        DirectoryNeeds => "Suits",
        FilterLegend => "Filters: municipality, topic, when",
        FilterAllMunicipalities => "All municipalities",
        FilterNeed => "Topic",
        FilterAllNeeds => "All topics",
        DirectoryShowMore => "Show more",
        DirectoryShowing => "Showing {shown} of {total}.",
        DirectorySearchLabel => "Search the activities",
        DirectorySearchHint => "For example: walking, coffee, or the name of your neighbourhood.",
        DirectoryNoResults => "Nothing found for “{query}”. Try another word, or fewer words.",

        NeedTalk => "Someone to talk to",
        NeedMeet => "Meeting people nearby",
        NeedSport => "Sport and exercise",
        NeedCulture => "Culture and creativity",
        NeedNature => "Nature and walking",
        NeedTransport => "Transport to get somewhere",
        NeedPracticalHelp => "Practical help at home",
        NeedConfidence => "More confidence or social skills",
        NeedVolunteering => "A meaningful role, such as volunteering",
        NeedCarer => "Support as an informal carer",
        NeedDigital => "Online contact and digital skills",
        NeedGrief => "Support after a loss",

        HelpTitle => "Help now",
        HelpIntro => {
            "Would you like to talk to someone now? These helplines are there for you. \
            Calling or chatting is free or cheap. You can stay anonymous. \
            The helplines speak Dutch; many also help in English."
        }
        HelpSuicideHeading => "Are you thinking about suicide?",
        HelpSuicideText => {
            "Talk about it with 113 Suicide Prevention. Day and night, free and anonymous. \
            Call 113 or 0800-0113 (free), or chat at 113.nl."
        }
        HelpListenHeading => "De Luisterlijn (listening line)",
        HelpListenText => {
            "For a good conversation when something is on your mind. Day and night. \
            You can also chat at deluisterlijn.nl."
        }
        HelpChildHeading => "De Kindertelefoon (children's helpline)",
        HelpChildText => "For children and young people aged 8 to 18. Free and anonymous.",
        HelpEmergency => "In immediate danger: call 112.",
        HelpLocalHeading => "In your municipality",
        HelpLocalText => {
            "The neighbourhood team or welfare organisation in your municipality \
            can think along with you. You find them under Activities."
        }
        HelpChecked => "Number checked: {date}",
        HelpCall => "Call {number}",
        HelpChat => "Chat at {site}",

        PrivacyTitle => "Privacy",
        PrivacyIntro => "Samenwijzer is built so that your answers stay yours.",
        PrivacyNoServer => {
            "Your answers go nowhere. There is no server that receives them. \
            The council does not see them, and neither do we. \
            Samenwijzer loads nothing from other websites."
        }
        PrivacyStorage => {
            "Samenwijzer only stores something on this device if you choose so. \
            For example your language, or your answers if you want to keep them."
        }
        PrivacyDelete => "You can delete everything Samenwijzer has stored on this device now.",
        PrivacyDeleteButton => "Delete everything",
        PrivacyDeleted => "Everything has been deleted.",
        PrivacyStorageBlocked => "This browser does not allow storage, so nothing was stored.",

        AboutTitle => "About Samenwijzer",
        AboutIntro => {
            "Samenwijzer helps residents discover what could help them when they feel \
            alone. Councils, welfare, sport, culture and care work on it together."
        }
        AboutSourcesHeading => "Sources",
        AboutSourcesText => {
            "The self-check uses the De Jong Gierveld Loneliness Scale, \
            the scale that RIVM, CBS and the Dutch public health services use. \
            © Vrije Universiteit Amsterdam."
        }
        AboutDjg11 => {
            "De Jong Gierveld, J. & Kamphuis, F. (1985). The development of a Rasch-type \
            loneliness scale. Applied Psychological Measurement, 9(3), 289–299."
        }
        AboutDjg6 => {
            "De Jong Gierveld, J. & Van Tilburg, T. (2006). A 6-item scale for overall, \
            emotional, and social loneliness. Research on Aging, 28(5), 582–598."
        }
        AboutCutoffs => {
            "Van Tilburg, T. & De Jong Gierveld, J. (1999). Cut-off points of the \
            loneliness scale (Cesuurbepaling van de eenzaamheidsschaal). \
            Tijdschrift voor Gerontologie en Geriatrie, 30, 158–163."
        }
        AboutDataHeading => "The activities",
        AboutDataText => {
            "The list of activities is kept by the council. \
            Items labelled Example are made up to show how it works. \
            Distances use the location of postcode areas from GeoNames \
            (geonames.org, licence CC BY 4.0)."
        }
        AboutLicenceHeading => "Licence",
        AboutLicenceText => {
            "Samenwijzer is open source (EUPL-1.2). \
            It uses Leptos (MIT) and Rust (MIT/Apache-2.0), among others."
        }
        AboutA11yHeading => "Accessibility",
        AboutA11yText => {
            "Samenwijzer aims to work for everyone: by keyboard, with a screen \
            reader, zoomed to 200% and on a small phone. We test against WCAG 2.2 level AA, \
            with automated tests on every change."
        }
        AboutA11yLimits => "Is something in your way? Tell the council and we will fix it.",

        NotFoundTitle => "This page does not exist",
        NotFoundText => "The link may be old or not quite right. Go to the home page.",

        CrashTitle => "Something went wrong",
        CrashText => {
            "Samenwijzer stopped working because of an error. \
            Reload the page to continue."
        }
        CrashReload => "Reload the page",
        CrashHelp => {
            "Would you like to talk to someone now? Call De Luisterlijn: 088 0767 000. \
            Thinking about suicide? Call 113 or 0800-0113 (free)."
        }

        EntryTitle => "Activity",
        EntryBack => "Back to the activities",
        EntryNotFound => "This activity is not (or no longer) in the list.",
        EntryWhere => "Where",
        EntryMap => "View on the map (OpenStreetMap)",
        EntryGettingThere => "Getting there",
        EntryAccessibility => "Accessibility",
        EntryCost => "Cost",
        EntryForWhom => "Who it is for",
        EntryAges => "Ages {min} to {max}",
        EntryAgesFrom => "From age {min}",
        EntryAgesTo => "Up to age {max}",
        EntryLanguages => "Languages",
        EntryHowToJoin => "How to join",
        EntryContact => "Contact",
        EntryContactPerson => "Contact person: {name}",
        EntryLastChecked => "This information was checked on {date}.",
        EntryNext => "The next time is on {date}.",
        EntryAddToCalendar => "Add to my calendar",
        EntryCalendarHint => "You get a file your calendar can open. Nothing goes over the internet.",
        EntryTemporarilyClosed => "Temporarily closed",
        EntryToday => "Today",
        EntryDistance => "About {km} km from {postcode}",
        DayMo => "Monday",
        DayTu => "Tuesday",
        DayWe => "Wednesday",
        DayTh => "Thursday",
        DayFr => "Friday",
        DaySa => "Saturday",
        DaySu => "Sunday",
        Month1 => "January",
        Month2 => "February",
        Month3 => "March",
        Month4 => "April",
        Month5 => "May",
        Month6 => "June",
        Month7 => "July",
        Month8 => "August",
        Month9 => "September",
        Month10 => "October",
        Month11 => "November",
        Month12 => "December",
        Nth1 => "first",
        Nth2 => "second",
        Nth3 => "third",
        Nth4 => "fourth",
        Nth5 => "fifth",
        NthLast => "last",
        DateLong => "{weekday} {day} {month} {year}",
        ListAnd => "{a} and {b}",
        DayRange => "{from} to {to}",
        ScheduleEveryDay => "Every day",
        ScheduleWeekly => "Every {days}",
        ScheduleEveryNWeeks => "Every {n} weeks on {days}",
        ScheduleMonthly => "Every {nth} {day} of the month",
        ScheduleEveryNMonths => "Every {n} months, on the {nth} {day}",
        ScheduleTimes => "{opens}–{closes}",
        ScheduleFromTime => "from {opens}",
        ScheduleValid => "from {from} to {to}",
        ScheduleValidFrom => "from {from}",
        ScheduleValidTo => "until {to}",
        FilterDays => "On which day?",
        FilterPeriod => "When?",
        PeriodAny => "Any time",
        PeriodToday => "Today",
        PeriodThisWeek => "This week",
        FilterAge => "Age",
        FilterAllAges => "All ages",
        SortLabel => "Sort by",
        SortRelevance => "Best match",
        SortName => "Name",
        SortDistance => "Distance",
        NearLabel => "Your postcode (for distance)",
        NearHint => "For example 1971 AB. The postcode stays on this device.",
        NearUnknown => "We do not know where postcode {postcode} is. Distance works for postcodes in Velsen, Beverwijk, Heemskerk and Amstelveen.",
        NearNeeded => "Enter your postcode to see the nearest activities first.",
        NearApply => "Show distance",
        NearSource => "Distances are as the crow flies, from the centre of your postcode area (GeoNames, CC BY 4.0).",
        NavShortlist => "My list",
        ShortlistTitle => "My list",
        ShortlistIntro => "These are the activities you saved. You can print the list and take it with you.",
        ShortlistEmpty => "Your list is still empty. Every activity has a ‘Save to my list’ button.",
        ShortlistToggle => "Save to my list",
        ShortlistRememberLabel => "Remember my list on this device",
        ShortlistRememberHint => "If you turn this on, your list will still be here next time. If you turn it off, we delete it from this device.",
        ShortlistPrint => "Print my list",
        ShortlistMissing => "{n} saved activities are no longer in the list.",

        TitleSuffix => "Samenwijzer",

        UpdateAvailable => "A new version of Samenwijzer is available. Your answers will be kept.",
        UpdateButton => "Update",
        UpdateApplying => "Loading the new version…",
        CouncilUnknownTitle => "We do not know this municipality",
        CouncilBrokenTitle => "This municipality is not available right now",
        CouncilUnknownText => {
            "Samenwijzer has not been set up for the municipality “{name}”. \
            Perhaps the link is not quite right."
        }
        CouncilBrokenText => {
            "The settings for the municipality “{name}” cannot be loaded right now. \
            Please try again later."
        }
        CouncilBrokenDetail => "For the administrator: {detail}",
        CouncilStillWorks => "You can still use:",
        CouncilGeneral => "Samenwijzer for all municipalities",
        HelpLocalContact => "Contact in {name}",
    }
}
