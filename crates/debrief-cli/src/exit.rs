//! Exit codes, and the one place errors reach the user.

use std::io::Write;
use std::process::ExitCode;

/// Shown at the end of `--help`.
pub const HELP: &str = "\
Exit codes:
  0  the report was written (warnings, if any, are on stderr)
  1  the input was rejected: empty, binary, too large, or not valid in its format
  2  usage error (including a --candidate label the file does not have),
     or a file could not be read or written
With --out, a failed input is named on stderr (`error: FILE: ...`) and the
others are still written; the code is 2 when any input could not be read or
its report not written, else 1 when any was rejected, else 0.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    Ok = 0,
    Rejected = 1,
    Usage = 2,
}

impl From<Code> for ExitCode {
    fn from(code: Code) -> Self {
        ExitCode::from(code as u8)
    }
}

/// A rejected input is the library's verdict on the file; anything else
/// (I/O, arguments) is the caller's to fix. An unknown `--candidate` label
/// reaches us as a library error, but the file is fine: the flag is wrong,
/// so it is a usage error like any other bad flag value.
pub fn code_for(error: &anyhow::Error) -> Code {
    if error.chain().any(|cause| cause.is::<Rejected>()) {
        return Code::Rejected;
    }
    let core = error
        .chain()
        .find_map(|cause| cause.downcast_ref::<debrief_core::Error>());
    match core {
        Some(debrief_core::Error::UnknownCandidate { .. }) | None => Code::Usage,
        Some(_) => Code::Rejected,
    }
}

/// An input file the binary itself parses (a grading CSV) that is not what
/// it should be: exit 1, like a rejected transcript.
#[derive(Debug)]
pub struct Rejected(pub String);

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Rejected {}

/// Prints `error: <context>: <cause>` and returns the exit code for it.
pub fn fail(error: &anyhow::Error) -> ExitCode {
    print_error(error);
    code_for(error).into()
}

/// Prints `error: <context>: <cause>`; a batch goes on after it.
pub fn print_error(error: &anyhow::Error) {
    // Nothing useful is left to do if stderr itself is gone.
    let _ = writeln!(std::io::stderr(), "error: {error:#}");
}

pub fn warn(name: &str, message: &str) {
    let _ = writeln!(std::io::stderr(), "warning: {name}: {message}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn rejected_input_exits_1_even_under_context() {
        let error = Err::<(), _>(debrief_core::Error::Empty)
            .context("talk.txt")
            .unwrap_err();
        assert_eq!(code_for(&error), Code::Rejected);
        assert_eq!(format!("{error:#}"), "talk.txt: the input is empty");
    }

    #[test]
    fn an_unknown_candidate_label_exits_2_even_under_context() {
        let error = Err::<(), _>(debrief_core::Error::UnknownCandidate {
            name: "Bob".to_owned(),
            known: "Ann, Eve".to_owned(),
        })
        .context("talk.txt")
        .unwrap_err();
        assert_eq!(code_for(&error), Code::Usage);
        assert_eq!(
            format!("{error:#}"),
            "talk.txt: no speaker is labelled `Bob` (the labels are: Ann, Eve)"
        );
    }

    #[test]
    fn every_other_rejection_still_exits_1() {
        let rejections = [
            debrief_core::Error::Binary,
            debrief_core::Error::NoText,
            debrief_core::Error::TooLarge { size: 9, limit: 1 },
            debrief_core::Error::Malformed {
                format: debrief_core::InputFormat::Srt,
                reason: "no cues".to_owned(),
            },
        ];
        for rejection in rejections {
            let error = anyhow::Error::new(rejection).context("talk.txt");
            assert_eq!(code_for(&error), Code::Rejected, "{error:#}");
        }
    }

    #[test]
    fn io_errors_exit_2() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let error = Err::<(), _>(io).context("talk.txt").unwrap_err();
        assert_eq!(code_for(&error), Code::Usage);
    }
}
