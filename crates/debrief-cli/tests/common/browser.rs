//! What both browser tests need (this one and the server's, which includes
//! this file by path): the Chromium to drive, and the sections of a page.

use std::path::PathBuf;

const NAMES: [&str; 2] = ["chromium", "chromium-browser"];

/// The first of [`NAMES`] on `PATH`. Without one the caller skips its
/// test, with a message, unless `DEBRIEF_REQUIRE_CHROMIUM=1` (as in
/// `.ci/run`), where a missing browser fails it here.
pub fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .flat_map(|dir| NAMES.iter().map(move |name| dir.join(name)))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() {
        let required = std::env::var("DEBRIEF_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "DEBRIEF_REQUIRE_CHROMIUM=1 but no `chromium` on PATH (apt-get install chromium)"
        );
        eprintln!("skipped: no `chromium` on PATH; install the Debian package `chromium` to run the browser test");
    }
    found
}

/// The `id` of every `<section>` of an HTML page or a serialised DOM.
pub fn section_ids(html: &str) -> Vec<String> {
    html.split("<section")
        .skip(1)
        .filter_map(|rest| {
            let tag = &rest[..rest.find('>')?];
            let value = &tag[tag.find(" id=\"")? + 5..];
            Some(value[..value.find('"')?].to_owned())
        })
        .collect()
}
