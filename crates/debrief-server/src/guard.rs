//! What keeps a local server safe to leave running while the user browses
//! other sites, applied to every request before its handler:
//!
//! - **Host check.** On loopback the server answers only to `127.0.0.1`,
//!   `localhost` and `[::1]` with its port. A hostile site whose name
//!   resolves to 127.0.0.1 (DNS rebinding) would otherwise be same-origin
//!   with it, and could read history and forms.
//! - **Same origin for writes.** A POST whose `Origin` (or, without one,
//!   `Referer`) names another site is refused, so no other page can make
//!   the browser submit a form here. Tools like curl send neither and pass.
//! - **A token for destructive forms.** Deleting also needs the per-process
//!   random token that only our own pages carry (checked in the handler,
//!   see [`token_matches`]), in case a browser sends neither header.
//! - **Early size limit.** A body whose `Content-Length` is over the limit
//!   is refused before it is read; one without a length is cut off by the
//!   body limit of the extractors, which the handlers turn into the same 413.
//! - **Headers** that keep pages from being framed, sniffed or cached, and
//!   a security policy that lets them load nothing but inline style.

use crate::failure::{ApiFailure, Failure, PageFailure};
use crate::{Shared, FORM_OVERHEAD};
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
                      form-action 'self'; frame-ancestors 'none'";

pub async fn check(State(app): State<Shared>, request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let verdict = admit(&app, &request);
    let mut response = match verdict {
        Ok(()) => next.run(request).await,
        Err(failure) if api => ApiFailure(failure).into_response(),
        Err(failure) => PageFailure(failure).into_response(),
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::CACHE_CONTROL, "no-store"),
        (header::CONTENT_SECURITY_POLICY, POLICY),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

fn admit(app: &Shared, request: &Request) -> Result<(), Failure> {
    let headers = request.headers();
    let host = header_str(headers, &header::HOST).unwrap_or_default();
    if let Some(hosts) = &app.hosts {
        if !hosts
            .iter()
            .any(|allowed| allowed.eq_ignore_ascii_case(host))
        {
            return Err(Failure::forbidden(format!(
                "This server answers only to its local address (http://{}/), not to the host `{host}`.",
                hosts[0]
            )));
        }
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        same_origin(headers, host)?;
    }
    let length = header_str(headers, &header::CONTENT_LENGTH).and_then(|l| l.parse::<usize>().ok());
    if length.is_some_and(|length| length > app.max_upload + FORM_OVERHEAD) {
        return Err(Failure::too_large(app.max_upload));
    }
    Ok(())
}

fn same_origin(headers: &HeaderMap, host: &str) -> Result<(), Failure> {
    let ours = format!("http://{host}");
    let refuse = |what: &str, value: &str| {
        Err(Failure::forbidden(format!(
            "Refused: this form was sent from another site ({what} {value}), not from {ours}/."
        )))
    };
    if let Some(origin) = header_str(headers, &header::ORIGIN) {
        if !origin.eq_ignore_ascii_case(&ours) {
            return refuse("Origin", origin);
        }
    } else if let Some(referer) = header_str(headers, &header::REFERER) {
        let same = referer
            .get(..ours.len() + 1)
            .is_some_and(|start| start.eq_ignore_ascii_case(&format!("{ours}/")));
        if !same {
            return refuse("Referer", referer);
        }
    }
    Ok(())
}

fn header_str<'a>(headers: &'a HeaderMap, name: &header::HeaderName) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

/// The `Host` values a browser sends for a server on loopback `addr`; the
/// first is the one the server announces.
pub fn loopback_hosts(addr: SocketAddr) -> Vec<String> {
    let port = addr.port();
    vec![
        addr.to_string(),
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ]
}

/// 32 random bytes from the operating system, as hex.
pub fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(std::io::Error::other)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether a submitted token is ours, in time that does not depend on where
/// the first difference is.
pub fn token_matches(ours: &str, given: &str) -> bool {
    ours.len() == given.len()
        && ours
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(token_matches(&a, &a.clone()));
        assert!(!token_matches(&a, &b));
        assert!(!token_matches(&a, &a[..63]));
        assert!(!token_matches(&a, ""));
    }

    #[test]
    fn writes_from_another_origin_are_refused() {
        let with = |name, value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(name, HeaderValue::from_str(value).unwrap());
            same_origin(&headers, "127.0.0.1:8080").is_ok()
        };
        assert!(same_origin(&HeaderMap::new(), "127.0.0.1:8080").is_ok());
        assert!(with(header::ORIGIN, "http://127.0.0.1:8080"));
        assert!(!with(header::ORIGIN, "http://evil.example"));
        assert!(!with(header::ORIGIN, "null"));
        assert!(with(header::REFERER, "http://127.0.0.1:8080/history"));
        assert!(!with(
            header::REFERER,
            "http://127.0.0.1:8080.evil.example/"
        ));
        assert!(!with(
            header::REFERER,
            "http://evil.example/?http://127.0.0.1:8080/"
        ));
    }
}
