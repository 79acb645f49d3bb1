//! Nederlands (B1): korte zinnen, gewone woorden, "u".

use super::Key::{self, *};

pub fn text(key: Key) -> &'static str {
    match key {
        AppName => "Samenwijzer",
        SkipToContent => "Naar de inhoud",
        NavLabel => "Hoofdmenu",
        NavStart => "Start",
        NavCheck => "Zelftest",
        NavDirectory => "Activiteiten",
        NavHelp => "Hulp nu",
        NavPrivacy => "Privacy",
        NavAbout => "Over Samenwijzer",
        FooterLabel => "Over deze website",
        FooterPrivacyNote => "Uw antwoorden blijven op dit apparaat. Wij zien ze niet.",

        StartTitle => "Samen op zoek naar wat u helpt",
        StartIntro => "Voelt u zich soms alleen? Dat overkomt veel mensen. \
            Wat helpt, is voor iedereen anders. Daarom vragen we eerst wat u nodig heeft.",
        StartWhy => "Met een korte zelftest kijkt u hoe het nu met u gaat. \
            Daarna ziet u activiteiten en mensen in uw buurt die bij u passen.",
        StartCheckButton => "Doe de zelftest",
        StartCheckHint => "Ongeveer 5 minuten. U kunt altijd stoppen.",
        StartDirectoryButton => "Bekijk activiteiten",
        StartDirectoryHint => "Zoek zelf in het aanbod bij u in de buurt.",
        StartPrivacy => "Uw antwoorden blijven op dit apparaat. Er gaat niets naar de gemeente of naar ons.",

        CheckTitle => "Zelftest: hoe gaat het met u?",
        CheckIntro => "U leest een paar uitspraken over uw contact met andere mensen. \
            Bij elke uitspraak kiest u wat het beste bij u past. \
            Daarna vragen we wat u zou helpen.",
        CheckDuration => "Het duurt ongeveer 5 minuten. U kunt antwoorden terugzien en veranderen.",
        CheckNotDiagnosis => "De zelftest is een moment om stil te staan bij hoe het gaat. \
            Het is geen diagnose.",

        ResultTitle => "Uw uitslag",
        ResultNone => "U heeft de zelftest nog niet ingevuld. Dan is er nog geen uitslag.",
        ResultStartCheck => "Naar de zelftest",

        CheckStart => "Begin de zelftest",
        CheckContinue => "Ga verder waar u was",
        CheckRestart => "Opnieuw beginnen",
        CheckStepQuestion => "Vraag {n} van {total}",
        CheckPrevious => "Vorige",
        CheckNext => "Volgende",
        CheckSkipHint => "U mag een vraag overslaan. Aan het eind ziet u welke vragen nog open staan.",
        CheckStepsLabel => "Stappen van de zelftest",
        NeedsTitle => "Wat zou u helpen?",
        NeedsIntro => "Kies wat bij u past. U mag meer dan één ding kiezen, of niets.",
        SituationTitle => "Over uw situatie",
        SituationIntro => "Zo kunnen we activiteiten laten zien die bij u passen. Niets is verplicht.",
        AgeLegend => "Hoe oud bent u?",
        AgeUnder18 => "Jonger dan 18 jaar",
        Age18To26 => "18 tot en met 26 jaar",
        Age27To64 => "27 tot en met 64 jaar",
        Age65 => "65 jaar of ouder",
        AgeNoAnswer => "Zeg ik liever niet",
        PlaceLegend => "Waar woont u?",
        MunicipalityLabel => "Gemeente",
        MunicipalityAny => "Een andere gemeente, of zeg ik liever niet",
        PostcodeLabel => "Of vul uw postcode in",
        PostcodeHint => "Bijvoorbeeld 1971 AB. Alleen om de gemeente te vinden.",
        PostcodeInvalid => "Vul een postcode in zoals 1971 AB.",
        PostcodeOutside => "Deze postcode hoort niet bij een gemeente in deze lijst. U ziet dan activiteiten uit alle gemeenten.",
        PostcodeFound => "Deze postcode hoort bij {name}.",
        MustLegend => "Wat moet kloppen?",
        WheelchairLabel => "Het gebouw moet toegankelijk zijn met een rolstoel",
        FreeOnlyLabel => "Alleen gratis activiteiten",
        MomentsLegend => "Wanneer komt het u goed uit?",
        MomentDaytime => "Overdag",
        MomentEvening => "'s Avonds",
        MomentWeekend => "In het weekend",
        CheckShowResult => "Bekijk uw uitslag",
        RememberLabel => "Bewaar mijn antwoorden op dit apparaat",
        RememberHint => "Dan kunt u later verdergaan. Ze blijven alleen op dit apparaat, en u kunt ze altijd wissen.",
        StorageFailed => "Uw antwoorden konden niet op dit apparaat worden bewaard. De zelftest werkt wel gewoon verder.",
        ClearAnswers => "Wis mijn antwoorden",
        AnswersCleared => "Uw antwoorden zijn gewist.",
        ResultIncomplete => "U heeft nog niet alle uitspraken beantwoord. Zonder alle antwoorden geven we geen uitslag. Deze vragen staan nog open:",
        ResultMissingItem => "Vraag {n}: {text}",
        ResultScore => "Uw score is {score} van de {max}.",
        ResultScoreRange => "Uw score is {score}, op een schaal van {min} tot {max}.",
        ResultBand => "Dit betekent: u voelt zich op dit moment {band}.",
        LevelNotLonely => "U heeft nu genoeg mensen om u heen, of u mist ze weinig. Fijn! Het kan toch goed zijn om te weten wat er in uw buurt is. Voor later, of voor iemand anders.",
        LevelModerate => "U mist soms contact of mensen dichtbij. Dat overkomt veel mensen, bijvoorbeeld na een verhuizing, ziekte of verlies. Er zijn dingen die kunnen helpen. Hieronder staan ideeën die passen bij wat u aangaf.",
        LevelSevere => "U mist nu veel contact of mensen dichtbij. Dat is zwaar. U hoeft het niet alleen op te lossen. Praten met iemand kan helpen, ook vandaag al.",
        ProfileEmotional => "Vooral een hechte band lijkt u te missen: iemand die echt dichtbij staat, zoals een goede vriend of een partner. Dat heet emotionele eenzaamheid.",
        ProfileSocial => "Vooral een bredere kring lijkt u te missen: mensen om dingen mee te doen, zoals buren, kennissen of een club. Dat heet sociale eenzaamheid.",
        ProfileBoth => "U lijkt zowel een hechte band te missen als een bredere kring van mensen om dingen mee te doen.",
        ResultChanges => "Gevoelens van eenzaamheid veranderen. Ze kunnen komen en gaan, bijvoorbeeld als er iets verandert in uw leven. Deze uitslag gaat over nu.",
        ResultNotDiagnosis => "Deze zelftest is geen diagnose. Het is een moment om stil te staan bij hoe het met u gaat.",
        ResultCareHeading => "Voelt u zich heel somber?",
        ResultCareText => "Denkt u soms aan de dood of aan zelfdoding? Praat erover, het lucht op. Bij 113 kan dat dag en nacht, gratis en anoniem.",
        SuggestionsHeading => "Ideeën die bij u passen",
        SuggestionsIntro => "Dit zijn suggesties. U kiest zelf wat u wilt.",
        SuggestionsLoading => "Ideeën worden geladen…",
        SuggestionsNone => "We vonden geen activiteiten die precies passen. Bekijk alle activiteiten, of praat met iemand.",
        SuggestionsUnavailable => "De activiteiten kunnen nu niet worden getoond. Praten met iemand kan altijd.",
        BecauseYouSaid => "Omdat u aangaf: {reasons}",
        ReasonNearby => "in uw gemeente",
        ReasonFree => "gratis",
        ReasonWheelchair => "toegankelijk met rolstoel",
        SeeAllMatching => "Bekijk alle activiteiten die hierbij passen",
        TalkHeading => "Liever eerst met iemand praten?",
        TalkText => "Dat kan. Het wijkteam of de welzijnsorganisatie in uw gemeente denkt graag met u mee. Of bel De Luisterlijn, dag en nacht: 088 0767 000.",
        TakeAlongHeading => "Neem het mee",
        TakeAlongText => "Wilt u erover praten met uw huisarts of het wijkteam? Print deze samenvatting, of bewaar hem als pdf.",
        PrintButton => "Print of bewaar als pdf",
        SummaryHeading => "Samenvatting van mijn zelftest",
        SummaryDate => "Ingevuld op {date}",
        SummaryInstrument => "Vragenlijst: {name}",
        SummarySubscale => "{label}: {score} van de {max}",
        SummaryNeeds => "Wat mij zou helpen: {needs}",
        SummaryNoNeeds => "Wat mij zou helpen: niets gekozen",
        EditAnswers => "Antwoorden bekijken of veranderen",
        DirectoryFilteredBy => "Gefilterd op: {filters}",
        DirectoryShowAll => "Toon alle activiteiten",

        DirectoryTitle => "Activiteiten en contacten",
        DirectoryIntro => "Hier vindt u activiteiten, plekken en mensen bij u in de buurt. \
            Ook landelijke hulplijnen staan erbij.",
        DirectoryLoading => "De activiteiten worden geladen…",
        DirectoryLoadFailed => "De lijst met activiteiten kan nu niet worden getoond.",
        DirectoryFailedRest => "De zelftest en de pagina Hulp nu werken wel.",
        DirectoryErrorDetail => "Voor de beheerder: {detail}",
        DirectoryCount => "{n} activiteiten en contacten",
        DirectoryCountOne => "1 activiteit of contact",
        DirectorySkipped => "{n} items konden niet worden getoond.",
        DirectorySkippedOne => "1 item kon niet worden getoond.",
        DirectoryExample => "Voorbeeld",
        DirectoryNational => "Landelijk",
        DirectoryFree => "Gratis",
        DirectoryWheelchair => "Toegankelijk met rolstoel",
        DirectoryWhen => "Wanneer",
        DirectoryOrganisation => "Organisatie",
        DirectoryAddress => "Adres",
        DirectoryNeeds => "Past bij",
        FilterLegend => "Filters: gemeente, onderwerp, wanneer",
        FilterAllMunicipalities => "Alle gemeenten",
        FilterNeed => "Onderwerp",
        FilterAllNeeds => "Alle onderwerpen",
        DirectoryShowMore => "Toon meer",
        DirectoryShowing => "{shown} van de {total} getoond.",
        DirectorySearchLabel => "Zoeken in de activiteiten",
        DirectorySearchHint => "Bijvoorbeeld: wandelen, koffie, of de naam van uw wijk.",
        DirectoryNoResults => "Niets gevonden voor “{query}”. Probeer een ander woord, of minder woorden.",

        NeedTalk => "Iemand om mee te praten",
        NeedMeet => "Mensen ontmoeten in de buurt",
        NeedSport => "Sport en bewegen",
        NeedCulture => "Cultuur en creatief bezig zijn",
        NeedNature => "Natuur en wandelen",
        NeedTransport => "Vervoer om ergens te komen",
        NeedPracticalHelp => "Praktische hulp thuis",
        NeedConfidence => "Meer zelfvertrouwen of sociale vaardigheden",
        NeedVolunteering => "Iets betekenen, zoals vrijwilligerswerk",
        NeedCarer => "Steun als mantelzorger",
        NeedDigital => "Online contact en digitale vaardigheden",
        NeedGrief => "Steun na een verlies",

        HelpTitle => "Hulp nu",
        HelpIntro => "Wilt u nu met iemand praten? Deze hulplijnen zijn er voor u. \
            Bellen of chatten is gratis of kost weinig. U mag anoniem blijven.",
        HelpSuicideHeading => "Denkt u aan zelfdoding?",
        HelpSuicideText => "Praat erover met 113 Zelfmoordpreventie. Dag en nacht, gratis en anoniem. \
            Bel 113 of gratis 0800-0113, of chat via 113.nl.",
        HelpListenHeading => "De Luisterlijn",
        HelpListenText => "Voor een goed gesprek als u ergens mee zit. Dag en nacht. \
            U kunt ook chatten via deluisterlijn.nl.",
        HelpChildHeading => "De Kindertelefoon",
        HelpChildText => "Voor kinderen en jongeren van 8 tot 18 jaar. Gratis en anoniem.",
        HelpEmergency => "Bij direct gevaar: bel 112.",
        HelpLocalHeading => "In uw gemeente",
        HelpLocalText => "Het wijkteam of de welzijnsorganisatie in uw gemeente denkt met u mee. \
            U vindt ze bij Activiteiten.",
        HelpChecked => "Nummer gecontroleerd: {date}",
        HelpCall => "Bel {number}",
        HelpChat => "Chat via {site}",

        PrivacyTitle => "Privacy",
        PrivacyIntro => "Samenwijzer is gemaakt zodat uw antwoorden van u blijven.",
        PrivacyNoServer => "Uw antwoorden gaan nergens heen. Er is geen server die ze ontvangt. \
            De gemeente ziet ze niet, en wij ook niet. \
            Samenwijzer laadt niets van andere websites.",
        PrivacyStorage => "Samenwijzer bewaart alleen iets op dit apparaat als u daar zelf voor kiest. \
            Bijvoorbeeld uw taalkeuze, of uw antwoorden als u die wilt bewaren.",
        PrivacyDelete => "U kunt alles wat Samenwijzer op dit apparaat heeft bewaard, nu wissen.",
        PrivacyDeleteButton => "Wis alles",
        PrivacyDeleted => "Alles is gewist.",
        PrivacyStorageBlocked => "Deze browser staat opslaan niet toe. Er is dus ook niets bewaard.",

        AboutTitle => "Over Samenwijzer",
        AboutIntro => "Samenwijzer helpt inwoners om te ontdekken wat hen kan helpen \
            als ze zich alleen voelen. Gemeenten, welzijn, sport, cultuur en zorg werken hierin samen.",
        AboutSourcesHeading => "Bronnen",
        AboutSourcesText => "De zelftest gebruikt de eenzaamheidsschaal van De Jong Gierveld. \
            Dat is de schaal die ook het RIVM, het CBS en de GGD gebruiken. \
            © Vrije Universiteit Amsterdam.",
        AboutDjg11 => "De Jong Gierveld, J. & Kamphuis, F. (1985). The development of a Rasch-type \
            loneliness scale. Applied Psychological Measurement, 9(3), 289–299.",
        AboutDjg6 => "De Jong Gierveld, J. & Van Tilburg, T. (2006). A 6-item scale for overall, \
            emotional, and social loneliness. Research on Aging, 28(5), 582–598.",
        AboutCutoffs => "Van Tilburg, T. & De Jong Gierveld, J. (1999). Cesuurbepaling van de \
            eenzaamheidsschaal. Tijdschrift voor Gerontologie en Geriatrie, 30, 158–163.",
        AboutDataHeading => "De activiteiten",
        AboutDataText => "De lijst met activiteiten wordt bijgehouden door de gemeente. \
            Items met het label Voorbeeld zijn verzonnen om te laten zien hoe het werkt.",
        AboutLicenceHeading => "Licentie",
        AboutLicenceText => "Samenwijzer is open source (EUPL-1.2). \
            Het gebruikt onder meer Leptos (MIT) en Rust (MIT/Apache-2.0).",
        AboutA11yHeading => "Toegankelijkheid",
        AboutA11yText => "Samenwijzer wil voor iedereen bruikbaar zijn: met toetsenbord, \
            met een schermlezer, vergroot tot 200% en op een kleine telefoon. \
            We toetsen aan WCAG 2.2 niveau AA, met automatische tests bij elke wijziging.",
        AboutA11yLimits => "Loopt u ergens tegenaan? Laat het de gemeente weten, \
            dan lossen we het op.",

        NotFoundTitle => "Deze pagina bestaat niet",
        NotFoundText => "Misschien is de link oud of niet helemaal goed. Ga naar de startpagina.",

        CrashTitle => "Er ging iets mis",
        CrashText => "Samenwijzer werkt even niet meer door een fout. \
            Laad de pagina opnieuw om verder te gaan.",
        CrashReload => "Pagina opnieuw laden",
        CrashHelp => "Wilt u nu met iemand praten? Bel De Luisterlijn: 088 0767 000. \
            Denkt u aan zelfdoding? Bel 113 of gratis 0800-0113.",

        TitleSuffix => "Samenwijzer",

        UpdateAvailable => "Er is een nieuwe versie van Samenwijzer. Uw antwoorden blijven staan.",
        UpdateButton => "Vernieuwen",
        UpdateApplying => "De nieuwe versie wordt geladen…",
        CouncilUnknownTitle => "Deze gemeente kennen we niet",
        CouncilUnknownText => "Samenwijzer is niet ingesteld voor de gemeente “{name}”. \
            Misschien is de link niet helemaal goed.",
        CouncilBrokenText => "De instellingen voor de gemeente “{name}” kunnen nu niet worden geladen. \
            Probeer het later opnieuw.",
        CouncilBrokenDetail => "Voor de beheerder: {detail}",
        CouncilStillWorks => "Dit kunt u wel gebruiken:",
        CouncilGeneral => "Samenwijzer voor alle gemeenten",
        HelpLocalContact => "Contact in {name}",
    }
}
