//! Reading the transcript and writing the report, with errors that name the
//! path.

use anyhow::Context;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

/// `-` stands for standard input or output.
pub fn is_std(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How a path is named in messages.
pub fn display_name(path: &Path) -> String {
    if is_std(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// The whole input. A regular file over `limit` is refused from its size
/// alone, so a wrong multi-gigabyte file is not read into memory first.
pub fn read_input(path: &Path, limit: usize) -> anyhow::Result<Vec<u8>> {
    let name = display_name(path);
    let mut bytes = Vec::new();
    if is_std(path) {
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .with_context(|| format!("{name}: cannot read standard input"))?;
        return Ok(bytes);
    }
    let mut file = File::open(path).with_context(|| format!("{name}: cannot open the file"))?;
    let metadata = file
        .metadata()
        .with_context(|| format!("{name}: cannot read the file"))?;
    let size = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
    if metadata.is_file() && size > limit {
        return Err(debrief_core::Error::TooLarge { size, limit }).context(name);
    }
    file.read_to_end(&mut bytes)
        .with_context(|| format!("{name}: cannot read the file"))?;
    Ok(bytes)
}

/// Writes `text` to `path`, or to standard output for `None` and `-`.
pub fn write_output(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match path {
        Some(path) if !is_std(path) => std::fs::write(path, text)
            .with_context(|| format!("{}: cannot write the report", path.display())),
        _ => write_stdout(text),
    }
}

fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // The reader went away (`debrief ... | head`): what it wanted it got.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result.context("<stdout>: cannot write the report"),
    }
}

/// Writes `text` to `path` through a temporary file in the same directory
/// that is then renamed over it: a run killed halfway leaves the old file or
/// the new one, never part of one. (Not `tempfile`, which creates its files
/// readable by the owner only; a report here gets the same permissions as
/// one written with `-o`.)
pub fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    // Hidden, and unique among running processes: writers in other processes
    // never share it, and one process writes each path once.
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = write_synced(&temp, text).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Synced before the rename, so that after a crash the new name never points
/// to a file whose data did not reach the disk.
fn write_synced(path: &Path, text: &str) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
