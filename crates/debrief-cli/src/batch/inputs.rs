//! Which files a batch reads: the files, directories and glob patterns on the
//! command line, expanded in a fixed order. Patterns are expanded here rather
//! than by the shell, so a quoted pattern works, and works the same on
//! shells that expand nothing.

use crate::exit::warn;
use crate::files;
use anyhow::{bail, Context};
use glob::MatchOptions;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// What transcripts and caption files are saved as; a directory's other
/// files are not read.
const EXTENSIONS: [&str; 5] = ["txt", "md", "srt", "vtt", "json"];

/// Shell-like: `*` stops at `/` and skips hidden files, as in a directory.
const MATCH: MatchOptions = MatchOptions {
    case_sensitive: true,
    require_literal_separator: true,
    require_literal_leading_dot: true,
};

/// Whether `input` names more than one file: a directory, or a pattern (a
/// path that does not exist, with glob characters in it).
pub fn is_many(input: &Path) -> bool {
    !files::is_std(input) && (input.is_dir() || is_pattern(input))
}

fn is_pattern(input: &Path) -> bool {
    !input.exists() && input.to_string_lossy().contains(['*', '?', '['])
}

/// The files to analyse, each once, in the order of the inputs (a
/// directory's and a pattern's files sorted by name). Files inside `out`
/// are not taken from directories and patterns: they are this run's
/// reports, or an earlier run's. An input that names no file is an error.
pub fn resolve(inputs: &[PathBuf], out: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let out = fs::canonicalize(out).ok();
    let mut seen = HashSet::new();
    let mut files = Vec::new();
    for input in inputs {
        for file in expand(input, out.as_deref())? {
            // The same file reached twice (a directory and a pattern in it)
            // is analysed once, not reported under two names.
            if seen.insert(fs::canonicalize(&file).unwrap_or_else(|_| file.clone())) {
                files.push(file);
            }
        }
    }
    Ok(files)
}

fn expand(input: &Path, out: Option<&Path>) -> anyhow::Result<Vec<PathBuf>> {
    let name = input.display();
    if files::is_std(input) {
        bail!("`-` (standard input) cannot be read with --out: save it to a file");
    }
    if input.is_dir() {
        if inside(input, out) {
            warn(&name.to_string(), "the --out directory, skipped");
            return Ok(Vec::new());
        }
        let found = walk(input, out)?;
        if found.is_empty() {
            bail!(
                "{name}: no transcript files (.{}) in it",
                EXTENSIONS.join(" .")
            );
        }
        return Ok(found);
    }
    if input.exists() {
        return Ok(vec![input.to_owned()]);
    }
    if !is_pattern(input) {
        // Opened only for the error message, which names the path and says
        // what is wrong with it, as a single input's does.
        fs::File::open(input).with_context(|| format!("{name}: cannot open the file"))?;
    }
    let found = glob(input, out)?;
    if found.is_empty() {
        bail!("{name}: the pattern matches no file");
    }
    Ok(found)
}

/// A directory's transcript files, below it at any depth, sorted by path;
/// hidden files and directories are skipped, like a shell's `*` does.
fn walk(dir: &Path, out: Option<&Path>) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let entries = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0
                || !(entry.file_name().to_string_lossy().starts_with('.')
                    || entry.file_type().is_dir() && inside(entry.path(), out))
        });
    for entry in entries {
        let entry =
            entry.with_context(|| format!("{}: cannot read the directory", dir.display()))?;
        // `is_file` follows a symbolic link to a file; links to directories
        // are not followed, so a link cycle cannot trap the walk.
        if entry.path().is_file() && is_transcript(entry.path()) {
            found.push(entry.into_path());
        }
    }
    Ok(found)
}

fn is_transcript(path: &Path) -> bool {
    path.extension().is_some_and(|ext| {
        EXTENSIONS
            .iter()
            .any(|known| ext.eq_ignore_ascii_case(known))
    })
}

/// Every file the pattern matches, whatever its extension (the user chose
/// them), and the transcript files of the directories it matches.
fn glob(pattern: &Path, out: Option<&Path>) -> anyhow::Result<Vec<PathBuf>> {
    let shown = pattern.display();
    let text = pattern
        .to_str()
        .with_context(|| format!("{shown}: a pattern must be valid UTF-8"))?;
    let matches =
        glob::glob_with(text, MATCH).with_context(|| format!("{shown}: not a valid pattern"))?;
    let mut found = Vec::new();
    for path in matches {
        let path = path.with_context(|| format!("{shown}: cannot expand the pattern"))?;
        if inside(&path, out) {
            continue;
        }
        if path.is_dir() {
            found.extend(walk(&path, out)?);
        } else if path.is_file() {
            found.push(path);
        }
    }
    Ok(found)
}

/// Whether `path` is `out` or below it.
fn inside(path: &Path, out: Option<&Path>) -> bool {
    out.is_some_and(|out| fs::canonicalize(path).is_ok_and(|path| path.starts_with(out)))
}
