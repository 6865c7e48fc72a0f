//! A transcript as the client sent it — the page's form (multipart or
//! URL-encoded), or the API's raw body or JSON — turned into one
//! [`Submission`]. Uploaded file names are labels only: nothing here, or
//! anywhere in the server, opens a path the client named.

use crate::failure::Failure;
use axum::extract::multipart::MultipartError;
use axum::extract::Multipart;
use axum::http::StatusCode;
use debrief_core::InputFormat;
use serde::Deserialize;

/// Longer labels are refused rather than cut, so what is saved is what the
/// user typed.
const MAX_LABEL: usize = 200;

/// The label of pasted text that the user did not name.
const PASTED: &str = "pasted text";

#[derive(Debug)]
pub struct Submission {
    pub bytes: Vec<u8>,
    /// The report's `source.name`.
    pub name: String,
    pub who: Option<String>,
    pub format: Option<InputFormat>,
}

/// The text fields of the form and of the API's JSON and query string.
#[derive(Debug, Default, Deserialize)]
pub struct Fields {
    #[serde(default)]
    pub text: String,
    pub name: Option<String>,
    pub who: Option<String>,
    pub format: Option<String>,
}

impl Fields {
    /// The submission of `bytes` (a file, or the raw API body), or of the
    /// pasted `text` when `bytes` is `None`. `file_name` labels a file the
    /// user did not name otherwise.
    pub fn submit(
        self,
        bytes: Option<Vec<u8>>,
        file_name: Option<&str>,
    ) -> Result<Submission, Failure> {
        let typed = label(self.name.as_deref(), "name")?;
        let from_file = file_name.and_then(base_name);
        let bytes = match bytes {
            Some(_) if !self.text.trim().is_empty() => {
                return Err(Failure::bad_request(
                    "Paste the text or choose a file, not both.",
                ))
            }
            Some(bytes) => bytes,
            None => self.text.into_bytes(),
        };
        Ok(Submission {
            bytes,
            name: typed.or(from_file).unwrap_or_else(|| PASTED.to_owned()),
            who: label(self.who.as_deref(), "who")?,
            format: format(self.format.as_deref())?,
        })
    }
}

/// Reads the page's multipart form: `text` or `file`, and the optional
/// `name`, `who` and `format`.
pub async fn multipart(mut form: Multipart, limit: usize) -> Result<Submission, Failure> {
    let mut fields = Fields::default();
    let mut file: Option<(Vec<u8>, Option<String>)> = None;
    while let Some(field) = form.next_field().await.map_err(|e| upload(e, limit))? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.map_err(|e| upload(e, limit))?;
        let text = || String::from_utf8_lossy(&bytes).into_owned();
        match name.as_str() {
            // A form with no file chosen still sends an empty `file` part.
            "file" if !bytes.is_empty() || file_name.as_deref().is_some_and(|n| !n.is_empty()) => {
                file = Some((bytes.to_vec(), file_name));
            }
            "text" => fields.text = text(),
            "name" => fields.name = Some(text()),
            "who" => fields.who = Some(text()),
            "format" => fields.format = Some(text()),
            _ => {}
        }
    }
    match file {
        Some((bytes, file_name)) => fields.submit(Some(bytes), file_name.as_deref()),
        None => fields.submit(None, None),
    }
}

fn upload(error: MultipartError, limit: usize) -> Failure {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Failure::too_large(limit)
    } else {
        Failure::bad_request(format!(
            "The form could not be read: {}.",
            error.body_text()
        ))
    }
}

/// A user's label: trimmed, `None` when blank, refused when too long.
fn label(value: Option<&str>, field: &str) -> Result<Option<String>, Failure> {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    match value {
        Some(v) if v.chars().count() > MAX_LABEL => Err(Failure::bad_request(format!(
            "The {field} is longer than {MAX_LABEL} characters."
        ))),
        v => Ok(v.map(str::to_owned)),
    }
}

/// The last component of a client's file name, whatever its separators:
/// the label a report shows, never a path.
fn base_name(file_name: &str) -> Option<String> {
    let base = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim();
    (!base.is_empty()).then(|| base.chars().take(MAX_LABEL).collect())
}

fn format(value: Option<&str>) -> Result<Option<InputFormat>, Failure> {
    match value.map(str::trim) {
        None | Some("" | "auto") => Ok(None),
        Some(name) => name.parse().map(Some).map_err(|_| {
            let known: Vec<&str> = InputFormat::ALL.iter().map(|f| f.name()).collect();
            Failure::bad_request(format!(
                "Unknown input format `{name}`: use auto or one of {}.",
                known.join(", ")
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Fields {
        Fields {
            text: text.into(),
            ..Fields::default()
        }
    }

    #[test]
    fn a_file_name_is_a_label_not_a_path() {
        let submission = fields("")
            .submit(Some(b"hi".to_vec()), Some("../../etc/passwd"))
            .unwrap();
        assert_eq!(submission.name, "passwd");
        let windows = fields("")
            .submit(Some(b"hi".to_vec()), Some(r"C:\Users\me\zoom.txt"))
            .unwrap();
        assert_eq!(windows.name, "zoom.txt");
    }

    #[test]
    fn a_typed_name_wins_and_pasted_text_has_a_default_label() {
        let named = Fields {
            name: Some("  mock 3 ".into()),
            ..fields("")
        };
        assert_eq!(
            named.submit(Some(vec![1]), Some("a.srt")).unwrap().name,
            "mock 3"
        );
        assert_eq!(fields("text").submit(None, None).unwrap().name, PASTED);
    }

    #[test]
    fn text_and_a_file_together_are_refused() {
        let failure = fields("text")
            .submit(Some(b"file".to_vec()), None)
            .unwrap_err();
        assert_eq!(failure.status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn formats_are_named_as_on_the_command_line() {
        assert_eq!(format(Some("auto")).unwrap(), None);
        assert_eq!(format(Some("srt")).unwrap(), Some(InputFormat::Srt));
        let failure = format(Some("docx")).unwrap_err();
        assert!(failure.message.contains("webvtt"), "{}", failure.message);
    }

    #[test]
    fn blank_labels_are_none_and_long_ones_refused() {
        assert_eq!(label(Some("  "), "who").unwrap(), None);
        assert_eq!(label(Some(" Ana "), "who").unwrap().as_deref(), Some("Ana"));
        assert!(label(Some(&"x".repeat(MAX_LABEL + 1)), "who").is_err());
    }
}
