//! Exit codes, and the one place errors reach the user.

use std::io::Write;
use std::process::ExitCode;

/// Shown at the end of `--help`.
pub const HELP: &str = "\
Exit codes:
  0  the report was written (warnings, if any, are on stderr)
  1  the input was rejected: empty, binary, too large, or not valid in its format
  2  usage error, or a file could not be read or written";

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
/// (I/O, arguments) is the caller's to fix.
pub fn code_for(error: &anyhow::Error) -> Code {
    if error.chain().any(|cause| cause.is::<debrief_core::Error>()) {
        Code::Rejected
    } else {
        Code::Usage
    }
}

/// Prints `error: <context>: <cause>` and returns the exit code for it.
pub fn fail(error: &anyhow::Error) -> ExitCode {
    // Nothing useful is left to do if stderr itself is gone.
    let _ = writeln!(std::io::stderr(), "error: {error:#}");
    code_for(error).into()
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
    fn io_errors_exit_2() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let error = Err::<(), _>(io).context("talk.txt").unwrap_err();
        assert_eq!(code_for(&error), Code::Usage);
    }
}
