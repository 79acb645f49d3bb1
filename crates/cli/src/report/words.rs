//! The report's words, in Dutch (B1, for the staff) and English. The need labels are
//! the app's own: Dutch from the core (`Need::label_nl`), English as in
//! `i18n/en.po` (a test in `tests/cli.rs` keeps them equal).

use samenwijzer_core::place;
use samenwijzer_core::schedule::Weekday;
use samenwijzer_core::what_helps::Moment;
use samenwijzer_core::{Need, StaffLang};

use super::model::{Area, Fact, GapKind};

/// Fixed texts of one language.
pub struct Words {
    pub lang: StaffLang,
    pub title: &'static str,
    pub made: &'static str,
    pub contents: &'static str,
    pub overview: &'static str,
    pub gaps: &'static str,
    pub gaps_intro: &'static str,
    pub no_gaps: &'static str,
    pub by_need: &'static str,
    pub by_need_intro: &'static str,
    pub by_need_chart: &'static str,
    pub by_pc4: &'static str,
    pub by_pc4_intro: &'static str,
    pub by_day: &'static str,
    pub by_day_intro: &'static str,
    pub by_day_chart: &'static str,
    pub by_moment: &'static str,
    pub by_moment_intro: &'static str,
    pub by_moment_chart: &'static str,
    pub facts: &'static str,
    pub facts_intro: &'static str,
    pub by_need_table: &'static str,
    pub by_pc4_table: &'static str,
    pub by_day_table: &'static str,
    pub by_moment_table: &'static str,
    pub facts_table: &'static str,
    pub stale: &'static str,
    pub stale_intro: &'static str,
    pub no_schedule: &'static str,
    pub no_schedule_intro: &'static str,
    pub no_contact: &'static str,
    pub no_contact_intro: &'static str,
    pub ending: &'static str,
    pub ending_intro: &'static str,
    pub ended: &'static str,
    pub ended_intro: &'static str,
    pub none: &'static str,
    pub chart_note: &'static str,
    pub scroll_note: &'static str,
    // Column headers.
    pub need: &'static str,
    pub day: &'static str,
    pub moment: &'static str,
    pub fact: &'static str,
    pub total: &'static str,
    pub national: &'static str,
    pub postcode: &'static str,
    pub municipality: &'static str,
    pub count: &'static str,
    pub needs: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub last_checked: &'static str,
    pub never: &'static str,
    pub when: &'static str,
    pub last_day: &'static str,
    // Overview.
    pub o_entries: &'static str,
    pub o_current: &'static str,
    pub o_closed: &'static str,
    pub o_ended: &'static str,
    pub o_skipped: &'static str,
    pub o_examples: &'static str,
    pub o_without_needs: &'static str,
    pub o_without_postcode: &'static str,
}

pub const NL: Words = Words {
    lang: StaffLang::Nl,
    title: "Aanbod in beeld",
    made: "Gemaakt uit {file}, met de stand van {date}.",
    contents: "Inhoud",
    overview: "Overzicht",
    gaps: "Gaten in het aanbod",
    gaps_intro: "Een gat is een behoefte zonder actueel aanbod in de gemeente zelf, of zonder aanbod 's avonds of in het weekend. Landelijk aanbod (zoals een hulplijn) telt hier niet mee. Een item zonder bekende tijden telt niet mee voor de avond of het weekend.",
    no_gaps: "Geen gaten gevonden.",
    by_need: "Aanbod per behoefte",
    by_need_intro: "Actuele items per behoefte en gemeente. Een item met meer behoeften telt bij elke behoefte. Een 0 bij een gemeente is een gat (in rood).",
    by_need_chart: "Actuele items per behoefte, alle gemeenten en landelijk samen",
    by_pc4: "Aanbod per postcodegebied",
    by_pc4_intro: "Actuele items met een plek, per postcodegebied (de vier cijfers van de postcode).",
    by_day: "Aanbod per dag",
    by_day_intro: "Actuele items per dag van de week, uit de vaste tijden die nog niet voorbij zijn.",
    by_day_chart: "Actuele items per dag van de week, alle gemeenten en landelijk samen",
    by_moment: "Aanbod per moment",
    by_moment_intro: "Overdag, 's avonds (vanaf 18:00) en in het weekend, zoals de app het filtert: uit `moments`, of anders uit de tijden.",
    by_moment_chart: "Actuele items per moment, alle gemeenten en landelijk samen",
    facts: "Gratis, toegankelijk en samen",
    facts_intro: "Actuele items: wat het kost, of de plek rolstoeltoegankelijk is, of er iemand mee kan gaan (maatje) en of er vervoer is.",
    by_need_table: "Actuele items per behoefte en gemeente",
    by_pc4_table: "Actuele items per postcodegebied",
    by_day_table: "Actuele items per dag en gemeente",
    by_moment_table: "Actuele items per moment en gemeente",
    facts_table: "Actuele items per kenmerk en gemeente",
    stale: "Lang niet gecontroleerd",
    stale_intro: "Items waarvan `last_checked` meer dan een jaar geleden is, of ontbreekt. Kijk of alles nog klopt.",
    no_schedule: "Zonder vaste tijden",
    no_schedule_intro: "Items zonder `schedules`: de app kan niet zeggen wanneer het is, en ze tellen niet mee voor de dagen.",
    no_contact: "Zonder contact",
    no_contact_intro: "Items zonder telefoonnummer, e-mailadres of webadres dat de app kan tonen.",
    ending: "Eindigt binnen een maand",
    ending_intro: "Items waarvan de laatste vaste tijd (`valid_to`) in de komende 30 dagen is.",
    ended: "Voorbij",
    ended_intro: "Items waarvan elke vaste tijd voorbij is. De app toont ze nog; verwijder ze of vul nieuwe tijden in.",
    none: "Geen.",
    chart_note: "De cijfers staan in de tabel hieronder.",
    scroll_note: "Op een smal scherm kunt u de tabel opzij schuiven.",
    need: "Behoefte",
    day: "Dag",
    moment: "Moment",
    fact: "Kenmerk",
    total: "Totaal",
    national: "Landelijk",
    postcode: "Postcode",
    municipality: "Gemeente",
    count: "Aantal",
    needs: "Behoeften",
    id: "id",
    name: "Naam",
    last_checked: "Laatst gecontroleerd",
    never: "nooit",
    when: "Wanneer (in woorden)",
    last_day: "Laatste dag",
    o_entries: "Items die de app toont",
    o_current: "Actueel (in de tabellen)",
    o_closed: "Tijdelijk gesloten",
    o_ended: "Voorbij",
    o_skipped: "Items met fouten, die de app overslaat (zie samenwijzer-data check)",
    o_examples: "Verzonnen voorbeelden",
    o_without_needs: "Actueel, zonder behoeften (nooit een suggestie)",
    o_without_postcode: "Actueel, met een plek zonder geldige postcode",
};

pub const EN: Words = Words {
    lang: StaffLang::En,
    title: "Offer at a glance",
    made: "Made from {file}, as of {date}.",
    contents: "Contents",
    overview: "Overview",
    gaps: "Gaps in the offer",
    gaps_intro: "A gap is a need with no current offer in the municipality itself, or none in the evening or at the weekend. National offers (such as a helpline) do not count here. An entry whose times are not known does not count for the evening or the weekend.",
    no_gaps: "No gaps found.",
    by_need: "Offer by need",
    by_need_intro: "Current entries by need and municipality. An entry with several needs counts for each. A 0 in a municipality is a gap (in red).",
    by_need_chart: "Current entries by need, all municipalities and national together",
    by_pc4: "Offer by postcode area",
    by_pc4_intro: "Current entries with a venue, by postcode area (the four digits of the postcode).",
    by_day: "Offer by day",
    by_day_intro: "Current entries by day of the week, from the schedules that have not ended.",
    by_day_chart: "Current entries by day of the week, all municipalities and national together",
    by_moment: "Offer by time of day",
    by_moment_intro: "Daytime, evening (from 18:00) and weekend, as the app filters them: from `moments`, or else from the schedules.",
    by_moment_chart: "Current entries by time of day, all municipalities and national together",
    facts: "Free, accessible and together",
    facts_intro: "Current entries: what it costs, whether the venue is wheelchair accessible, whether someone can come along, and whether transport is offered.",
    by_need_table: "Current entries by need and municipality",
    by_pc4_table: "Current entries by postcode area",
    by_day_table: "Current entries by day and municipality",
    by_moment_table: "Current entries by time of day and municipality",
    facts_table: "Current entries by fact and municipality",
    stale: "Not checked for a long time",
    stale_intro: "Entries whose `last_checked` is more than a year ago, or missing. See whether everything is still right.",
    no_schedule: "Without a schedule",
    no_schedule_intro: "Entries without `schedules`: the app cannot say when it is, and they do not count for the days.",
    no_contact: "Without contact",
    no_contact_intro: "Entries without a phone number, e-mail address or website the app can show.",
    ending: "Ending within a month",
    ending_intro: "Entries whose last schedule (`valid_to`) ends within the next 30 days.",
    ended: "Over",
    ended_intro: "Entries whose every schedule is over. The app still shows them; remove them or add new dates.",
    none: "None.",
    chart_note: "The numbers are in the table below.",
    scroll_note: "On a narrow screen the table scrolls sideways.",
    need: "Need",
    day: "Day",
    moment: "Time of day",
    fact: "Fact",
    total: "Total",
    national: "National",
    postcode: "Postcode",
    municipality: "Municipality",
    count: "Count",
    needs: "Needs",
    id: "id",
    name: "Name",
    last_checked: "Last checked",
    never: "never",
    when: "When (in words)",
    last_day: "Last day",
    o_entries: "Entries the app shows",
    o_current: "Current (in the tables)",
    o_closed: "Temporarily closed",
    o_ended: "Over",
    o_skipped: "Entries with errors, which the app skips (see samenwijzer-data check)",
    o_examples: "Invented examples",
    o_without_needs: "Current, without needs (never suggested)",
    o_without_postcode: "Current, with a venue without a valid postcode",
};

pub fn words(lang: StaffLang) -> &'static Words {
    match lang {
        StaffLang::Nl => &NL,
        StaffLang::En => &EN,
    }
}

impl Words {
    pub fn need(&self, need: Need) -> &'static str {
        match self.lang {
            StaffLang::Nl => need.label_nl(),
            StaffLang::En => need_en(need),
        }
    }

    pub fn day(&self, day: Weekday) -> &'static str {
        let (nl, en) = match day {
            Weekday::Monday => ("maandag", "Monday"),
            Weekday::Tuesday => ("dinsdag", "Tuesday"),
            Weekday::Wednesday => ("woensdag", "Wednesday"),
            Weekday::Thursday => ("donderdag", "Thursday"),
            Weekday::Friday => ("vrijdag", "Friday"),
            Weekday::Saturday => ("zaterdag", "Saturday"),
            Weekday::Sunday => ("zondag", "Sunday"),
        };
        self.pick(nl, en)
    }

    pub fn moment(&self, moment: Option<Moment>) -> &'static str {
        let (nl, en) = match moment {
            Some(Moment::Daytime) => ("overdag", "daytime"),
            Some(Moment::Evening) => ("'s avonds", "evening"),
            Some(Moment::Weekend) => ("weekend", "weekend"),
            None => ("tijden niet bekend", "times not known"),
        };
        self.pick(nl, en)
    }

    pub fn fact(&self, fact: Fact) -> &'static str {
        let (nl, en) = match fact {
            Fact::Free => ("gratis", "free"),
            Fact::Paid => ("niet gratis, met prijs", "not free, price given"),
            Fact::CostUnknown => (
                "niet gratis of niet bekend, zonder prijs",
                "not free or not said, no price",
            ),
            Fact::Wheelchair => ("plek rolstoeltoegankelijk", "venue wheelchair accessible"),
            Fact::NoVenue => (
                "geen plek (telefoon, online, aan huis)",
                "no venue (phone, online, at home)",
            ),
            Fact::Companion => ("iemand kan meegaan (maatje)", "someone can come along"),
            Fact::Transport => ("vervoer", "transport offered"),
        };
        self.pick(nl, en)
    }

    pub fn gap(&self, kind: GapKind) -> &'static str {
        let (nl, en) = match kind {
            GapKind::NoOffer => ("geen aanbod", "no offer"),
            GapKind::NoEvening => ("niets 's avonds", "nothing in the evening"),
            GapKind::NoWeekend => ("niets in het weekend", "nothing at the weekend"),
        };
        self.pick(nl, en)
    }

    /// "(2 items zonder bekende tijden)", or nothing.
    pub fn without_times(&self, n: usize) -> String {
        match (n, self.lang) {
            (0, _) => String::new(),
            (1, StaffLang::Nl) => " (1 item zonder bekende tijden)".to_owned(),
            (n, StaffLang::Nl) => format!(" ({n} items zonder bekende tijden)"),
            (1, StaffLang::En) => " (1 entry whose times are not known)".to_owned(),
            (n, StaffLang::En) => format!(" ({n} entries whose times are not known)"),
        }
    }

    /// The name of an area: the municipality's name when it is configured, else its
    /// id as the file has it.
    pub fn area(&self, area: &Area) -> String {
        match area {
            Area::Municipality(id) => {
                place::municipality_name(id).map_or_else(|| id.clone(), str::to_owned)
            }
            Area::National => self.national.to_owned(),
        }
    }

    pub fn gaps_in(&self, name: &str) -> String {
        match self.lang {
            StaffLang::Nl => format!("Gaten in {name}"),
            StaffLang::En => format!("Gaps in {name}"),
        }
    }

    /// "3 gaten in Velsen" for the overview.
    pub fn gap_count(&self, n: usize) -> String {
        match (n, self.lang) {
            (1, StaffLang::Nl) => "1 gat".to_owned(),
            (n, StaffLang::Nl) => format!("{n} gaten"),
            (1, StaffLang::En) => "1 gap".to_owned(),
            (n, StaffLang::En) => format!("{n} gaps"),
        }
    }

    pub fn made(&self, file: &str, date: &str) -> String {
        self.made.replace("{file}", file).replace("{date}", date)
    }

    fn pick(&self, nl: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            StaffLang::Nl => nl,
            StaffLang::En => en,
        }
    }
}

/// The app's English need labels (`i18n/en.po`).
pub fn need_en(need: Need) -> &'static str {
    match need {
        Need::Talk => "Someone to talk to",
        Need::Meet => "Meeting people nearby",
        Need::Sport => "Sport and exercise",
        Need::Culture => "Culture and creativity",
        Need::Nature => "Nature and walking",
        Need::Transport => "Transport to get somewhere",
        Need::PracticalHelp => "Practical help at home",
        Need::Confidence => "More confidence or social skills",
        Need::Volunteering => "A meaningful role, such as volunteering",
        Need::Carer => "Support as an informal carer",
        Need::Digital => "Online contact and digital skills",
        Need::Grief => "Support after a loss",
    }
}
