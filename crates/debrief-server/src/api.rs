//! The JSON API. `POST /api/analyze` takes the transcript as the raw body
//! (labels in the query string: `?name=&who=&format=`) or as JSON
//! `{"text", "name", "who", "format"}`, and answers 201 with the report
//! contract (`debrief.report/1`) as the body, the new analysis's id in the
//! `Debrief-Report-Id` header and its URL in `Location`. `GET
//! /api/reports/{id}` returns a stored report. Errors are
//! `{"error": "…"}` with the status of the problem.

use crate::failure::{ApiFailure, Failure};
use crate::input::Fields;
use crate::web::{blocking, no_analysis, parse_id};
use crate::Shared;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::header::{CONTENT_TYPE, LOCATION};
use axum::http::{HeaderMap, HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};

type ApiResult = Result<Response, ApiFailure>;

pub const ID_HEADER: HeaderName = HeaderName::from_static("debrief-report-id");

pub async fn analyze(
    State(app): State<Shared>,
    Query(labels): Query<Fields>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let body = body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Failure::too_large(app.max_upload),
        status => Failure::new(status, rejection.body_text()),
    })?;
    let json = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
    let submission = if json {
        let fields: Fields = serde_json::from_slice(&body).map_err(|e| {
            Failure::bad_request(format!(
                "The body is not the JSON this API takes ({{\"text\", \"name\", \"who\", \"format\"}}): {e}."
            ))
        })?;
        fields.submit(None, None)?
    } else {
        labels.submit(Some(body.to_vec()), None)?
    };
    let (id, report) = app.analyze(submission).await?;
    let json = blocking(move || debrief_render::json(&report)).await?;
    Ok((
        StatusCode::CREATED,
        [
            (CONTENT_TYPE, "application/json".to_owned()),
            (LOCATION, format!("/api/reports/{id}")),
            (ID_HEADER, id.to_string()),
        ],
        json,
    )
        .into_response())
}

pub async fn report(State(app): State<Shared>, Path(id): Path<String>) -> ApiResult {
    let id = parse_id(&id)?;
    let (_, _, report) = app
        .store(move |store| store.get(id))
        .await?
        .ok_or_else(|| no_analysis(id))?;
    let json = blocking(move || debrief_render::json(&report)).await?;
    Ok(([(CONTENT_TYPE, "application/json")], json).into_response())
}
