//! The one way a page, or a part of one, waits for the directory: the shared loading
//! line while it arrives; when it cannot be read, one notice (what still works, what
//! went wrong for staff, a way to try again); then the children, given the directory.
//!
//! ```ignore
//! <WithDirectory let:directory> <Entries directory/> </WithDirectory>
//! ```

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::data::{use_directory, LoadError, Loaded, DIRECTORY_URL};
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};

#[component]
pub fn WithDirectory<C, V>(
    /// The page's heading while there is no directory to show (for a page whose
    /// heading comes from the data, such as one activity's).
    #[prop(optional)]
    title: Option<Key>,
    /// The line shown while the directory loads.
    #[prop(default = Key::DirectoryLoading)]
    loading: Key,
    /// For a part of a larger page (the result's suggestions): when the directory
    /// cannot be read, this quiet line instead of the page's notice.
    #[prop(optional)]
    unavailable: Option<Key>,
    children: C,
) -> impl IntoView
where
    C: Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // Only this line is built once per use; the rest is `directory_view`, once.
    directory_view(
        Arc::new(move |loaded| children(loaded).into_any()),
        Waiting {
            title,
            loading,
            unavailable,
        },
    )
}

/// What to show while the directory is not there.
#[derive(Clone, Copy)]
struct Waiting {
    title: Option<Key>,
    loading: Key,
    unavailable: Option<Key>,
}

type Show = Arc<dyn Fn(Arc<Loaded>) -> AnyView + Send + Sync>;

fn directory_view(show: Show, waiting: Waiting) -> AnyView {
    let directory = use_directory();
    (move || match directory.get() {
        Some(Ok(loaded)) => show(loaded),
        None => view! { <Loading title=waiting.title message=waiting.loading/> }.into_any(),
        Some(Err(error)) => match waiting.unavailable {
            Some(line) => view! { <p>{t(line)}</p> }.into_any(),
            None => view! {
                {waiting.title.map(|key| view! { <PageHeading key/> })}
                {directory_failed(error, move || directory.refetch())}
            }
            .into_any(),
        },
    })
    .into_any()
}

/// What failed, in plain words first and then, for staff, with the file's name.
fn directory_failed(error: LoadError, retry: impl Fn() + 'static) -> impl IntoView {
    let locale = use_locale();
    let detail = format!("{DIRECTORY_URL}: {error}");
    view! {
        <div class="notice notice--error" role="alert">
            <p><strong>{t(Key::DirectoryLoadFailed)}</strong></p>
            <p>{t(Key::DirectoryFailedRest)}</p>
            <p class="meta">{move || fill(locale.text(Key::DirectoryErrorDetail), &[("detail", &detail)])}</p>
            <button type="button" class="button" on:click=move |_| retry()>{t(Key::PartRetry)}</button>
        </div>
    }
}

/// The directory once it is there (`None` while it loads or when it failed), for a
/// part that uses it without waiting for it (the names on a shortlist in a message).
pub fn directory_if_loaded() -> Signal<Option<Arc<Loaded>>> {
    let directory = use_directory();
    Signal::derive(move || directory.get().and_then(Result::ok))
}
