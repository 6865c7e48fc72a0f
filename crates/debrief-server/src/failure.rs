//! A request that went wrong: the status code and a message the user can act
//! on, shown as an HTML page to people and as `{"error": …}` to the API.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use debrief_store::StoreError;

#[derive(Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub message: String,
}

impl Failure {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Failure {
        Failure {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(what: &str) -> Failure {
        Failure::new(StatusCode::NOT_FOUND, format!("There is no {what}."))
    }

    pub fn forbidden(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::FORBIDDEN, message)
    }

    pub fn too_large(limit: usize) -> Failure {
        Failure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "The upload is too large: the limit is {limit} bytes \
                 (`debrief serve --max-upload BYTES` changes it)."
            ),
        )
    }

    /// A blocking task panicked or a semaphore closed: a bug, not the input.
    pub fn crashed(error: impl std::fmt::Display) -> Failure {
        Failure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("The server failed: {error}"),
        )
    }
}

impl From<debrief_core::Error> for Failure {
    fn from(error: debrief_core::Error) -> Failure {
        use debrief_core::Error;
        let status = match &error {
            Error::Empty => StatusCode::BAD_REQUEST,
            Error::Binary => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Error::NoText | Error::Malformed { .. } | Error::UnknownCandidate { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Error::Knowledge { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Failure::new(status, sentence(&error.to_string()))
    }
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Failure {
        let status = match error {
            StoreError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Failure::new(status, sentence(&error.to_string()))
    }
}

/// The library's lower-case message as a sentence on its own.
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

/// A failure shown to a person: an HTML page.
pub struct PageFailure(pub Failure);

/// A failure returned to a program: `{"error": "…"}`.
pub struct ApiFailure(pub Failure);

impl From<Failure> for PageFailure {
    fn from(failure: Failure) -> PageFailure {
        PageFailure(failure)
    }
}

impl From<Failure> for ApiFailure {
    fn from(failure: Failure) -> ApiFailure {
        ApiFailure(failure)
    }
}

impl IntoResponse for PageFailure {
    fn into_response(self) -> Response {
        crate::pages::error(&self.0).into_response()
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.0.message });
        (self.0.status, axum::Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_get_the_status_of_their_kind() {
        let status = |e| Failure::from(e).status;
        assert_eq!(status(debrief_core::Error::Empty), StatusCode::BAD_REQUEST);
        assert_eq!(
            status(debrief_core::Error::Binary),
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        assert_eq!(
            status(debrief_core::Error::TooLarge { size: 2, limit: 1 }),
            StatusCode::PAYLOAD_TOO_LARGE
        );
        let malformed = debrief_core::Error::Malformed {
            format: debrief_core::InputFormat::Srt,
            reason: "line 3: no timing".into(),
        };
        let failure = Failure::from(malformed);
        assert_eq!(failure.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            failure.message.starts_with("Not valid"),
            "{}",
            failure.message
        );
        assert!(failure.message.ends_with("timing."), "{}", failure.message);
    }
}
