//! What each input's report is called in the output directory: the input's
//! stem, made longer only where two inputs would otherwise share a name, so
//! that no report overwrites another's and most keep the short name.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// Joins the directories of a path in a report's name.
const SEPARATOR: &str = "__";

/// How much of an input's path its report's name shows.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Detail {
    /// `talk` for `a/b/talk.vtt`.
    Stem,
    /// `b__talk`: the path below the inputs' common directory.
    Path,
    /// `b__talk.vtt`: and the extension, for `talk.vtt` beside `talk.txt`.
    PathAndExtension,
}

/// A file name for each input's report, with `extension`, unique among them
/// and different from `reserved` (compared ignoring ASCII case, for
/// case-insensitive file systems). The same inputs always get the same names.
pub fn report_names(inputs: &[PathBuf], extension: &str, reserved: &[&str]) -> Vec<String> {
    let paths: Vec<PathBuf> = inputs.iter().map(|input| normal(input)).collect();
    let base = common_dir(&paths);
    let mut details = vec![Detail::Stem; paths.len()];
    loop {
        let names: Vec<String> = paths
            .iter()
            .zip(&details)
            .map(|(path, &detail)| format!("{}.{extension}", name(path, &base, detail)))
            .collect();
        let clashing = clashes(&names, reserved);
        let mut longer = false;
        for &i in &clashing {
            if details[i] < Detail::PathAndExtension {
                details[i] = if details[i] == Detail::Stem {
                    Detail::Path
                } else {
                    Detail::PathAndExtension
                };
                longer = true;
            }
        }
        if !longer {
            return numbered(names, extension, reserved);
        }
    }
}

/// Which names are taken more than once, or reserved.
fn clashes(names: &[String], reserved: &[&str]) -> Vec<usize> {
    let mut count: HashMap<String, usize> = reserved
        .iter()
        .map(|name| (name.to_ascii_lowercase(), 1))
        .collect();
    for name in names {
        *count.entry(name.to_ascii_lowercase()).or_default() += 1;
    }
    (0..names.len())
        .filter(|&i| count[&names[i].to_ascii_lowercase()] > 1)
        .collect()
}

/// The last resort, for names that still clash with the whole path shown
/// (`a__b.txt` beside `a/b.txt`): `-2`, `-3`... after the stem, in input
/// order, the first one keeping its name unless it is reserved.
fn numbered(names: Vec<String>, extension: &str, reserved: &[&str]) -> Vec<String> {
    let mut taken: HashSet<String> = reserved.iter().map(|n| n.to_ascii_lowercase()).collect();
    let dot_extension = format!(".{extension}");
    names
        .into_iter()
        .map(|name| {
            let stem = name
                .strip_suffix(&dot_extension)
                .unwrap_or(&name)
                .to_owned();
            let mut unique = name;
            let mut suffix = 1;
            while !taken.insert(unique.to_ascii_lowercase()) {
                suffix += 1;
                unique = format!("{stem}-{suffix}{dot_extension}");
            }
            unique
        })
        .collect()
}

fn name(path: &Path, base: &Path, detail: Detail) -> String {
    let file_stem = || path.file_stem().unwrap_or_default().to_string_lossy();
    if detail == Detail::Stem {
        return file_stem().into_owned();
    }
    let relative = path.strip_prefix(base).unwrap_or(path);
    let mut parts: Vec<String> = relative
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .filter_map(|part| match part {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.push(
        match detail {
            Detail::PathAndExtension => path.file_name().unwrap_or_default().to_string_lossy(),
            _ => file_stem(),
        }
        .into_owned(),
    );
    parts.join(SEPARATOR)
}

/// The absolute path with `.` and `..` resolved as text: only for naming,
/// where following links would name a report after the link's target.
fn normal(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut normal = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            part => normal.push(part),
        }
    }
    normal
}

/// The deepest directory that holds every path.
fn common_dir(paths: &[PathBuf]) -> PathBuf {
    let mut dirs = paths.iter().map(|path| path.parent().unwrap_or(path));
    let Some(first) = dirs.next() else {
        return PathBuf::new();
    };
    let mut common: Vec<Component> = first.components().collect();
    for dir in dirs {
        let shared = common
            .iter()
            .zip(dir.components())
            .take_while(|(a, b)| *a == b)
            .count();
        common.truncate(shared);
    }
    common.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: &[&str], extension: &str) -> Vec<String> {
        let inputs: Vec<PathBuf> = inputs
            .iter()
            .map(|input| format!("/t/{input}").into())
            .collect();
        report_names(&inputs, extension, &["summary.json"])
    }

    #[test]
    fn distinct_stems_keep_the_short_name() {
        assert_eq!(
            names(&["a/talk.vtt", "b/mock.zoom.txt"], "md"),
            ["talk.md", "mock.zoom.md"]
        );
    }

    #[test]
    fn a_shared_stem_is_told_apart_by_the_path_below_the_common_directory() {
        assert_eq!(
            names(&["x/a/talk.txt", "x/b/talk.txt", "x/c/other.txt"], "md"),
            ["a__talk.md", "b__talk.md", "other.md"]
        );
        // Case-insensitive file systems would make these one file.
        assert_eq!(
            names(&["x/talk.txt", "x/deep/er/Talk.txt"], "html"),
            ["talk.html", "deep__er__Talk.html"]
        );
    }

    #[test]
    fn a_shared_path_is_told_apart_by_the_extension() {
        assert_eq!(
            names(&["x/talk.txt", "x/talk.vtt", "x/other.srt"], "md"),
            ["talk.txt.md", "talk.vtt.md", "other.md"]
        );
    }

    #[test]
    fn the_summary_keeps_its_name() {
        assert_eq!(names(&["summary.txt"], "json"), ["summary.txt.json"]);
        assert_eq!(names(&["summary.txt"], "md"), ["summary.md"]);
    }

    #[test]
    fn names_that_clash_with_the_whole_path_shown_are_numbered() {
        assert_eq!(
            names(&["x/a__b.txt", "x/a/b.txt", "x/a__b.md", "x/c/b.txt"], "md"),
            ["a__b.txt.md", "a__b.txt-2.md", "a__b.md.md", "c__b.md"]
        );
    }

    #[test]
    fn every_input_gets_its_own_name() {
        let parts = ["a", "b", "a__b", "A"];
        let mut inputs = Vec::new();
        for dir in ["", "a/", "b/", "a/b/"] {
            for stem in parts {
                for extension in ["txt", "vtt"] {
                    inputs.push(format!("{dir}{stem}.{extension}"));
                }
            }
        }
        let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
        for extension in ["md", "json"] {
            let names = names(&inputs, extension);
            let mut unique: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
            unique.push("summary.json".to_owned());
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), inputs.len() + 1, "{names:?}");
        }
    }
}
