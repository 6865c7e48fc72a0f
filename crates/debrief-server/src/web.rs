//! The handlers of the pages people use; the HTML is in [`crate::pages`].

use crate::failure::{Failure, PageFailure};
use crate::guard::token_matches;
use crate::input::{self, Fields, Submission};
use crate::{pages, Shared};
use axum::extract::rejection::FormRejection;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

type PageResult<T> = Result<T, PageFailure>;

pub async fn index(State(app): State<Shared>) -> Html<String> {
    pages::index(app.max_upload)
}

/// The form's target: analyse, save, and send the browser to the report
/// (303, so reloading the report does not post the transcript again).
pub async fn analyze(State(app): State<Shared>, request: Request) -> PageResult<Redirect> {
    let submission = read_form(&app, request).await?;
    let (id, _) = app.analyze(submission).await?;
    Ok(Redirect::to(&format!("/reports/{id}")))
}

async fn read_form(app: &Shared, request: Request) -> Result<Submission, Failure> {
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mime = content_type.split(';').next().unwrap_or_default().trim();
    if mime.eq_ignore_ascii_case("multipart/form-data") {
        let form = Multipart::from_request(request, &())
            .await
            .map_err(|r| Failure::bad_request(r.body_text()))?;
        input::multipart(form, app.max_upload).await
    } else if mime.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
        let Form(fields) = Form::<Fields>::from_request(request, &())
            .await
            .map_err(|r| form_failure(&r, app.max_upload))?;
        fields.submit(None, None)
    } else {
        Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Send the form as multipart/form-data or application/x-www-form-urlencoded.",
        ))
    }
}

fn form_failure(rejection: &FormRejection, limit: usize) -> Failure {
    match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Failure::too_large(limit),
        status => Failure::new(status, rejection.body_text()),
    }
}

/// The report page: exactly `debrief analyze --format html`, plus the bar.
pub async fn report(State(app): State<Shared>, Path(id): Path<String>) -> PageResult<Html<String>> {
    let id = parse_id(&id)?;
    let (summary, source, report) = app
        .store(move |store| store.get(id))
        .await?
        .ok_or_else(|| no_analysis(id))?;
    let page = blocking(move || debrief_render::html(&report, &source)).await?;
    Ok(pages::framed(page, &pages::report_links(&summary)))
}

#[derive(Debug, Deserialize)]
pub struct WhoQuery {
    who: Option<String>,
}

impl WhoQuery {
    fn who(self) -> Option<String> {
        self.who
            .map(|who| who.trim().to_owned())
            .filter(|who| !who.is_empty())
    }
}

pub async fn history(
    State(app): State<Shared>,
    Query(query): Query<WhoQuery>,
) -> PageResult<Html<String>> {
    let who = query.who();
    let filter = who.clone();
    let summaries = app
        .store(move |store| store.list(filter.as_deref()))
        .await?;
    Ok(pages::history(who.as_deref(), &summaries, &app.token))
}

pub async fn progress(
    State(app): State<Shared>,
    Query(query): Query<WhoQuery>,
) -> PageResult<Html<String>> {
    let who = query.who();
    let progress = app
        .store(move |store| store.progress(who.as_deref()))
        .await?;
    let page = blocking(move || debrief_render::progress_html(&progress)).await?;
    Ok(pages::framed(page, ""))
}

/// Asks before deleting: the report page itself cannot hold the form, since
/// its security policy (`form-action 'none'`) forbids submitting any.
pub async fn confirm_delete(
    State(app): State<Shared>,
    Path(id): Path<String>,
) -> PageResult<Html<String>> {
    let id = parse_id(&id)?;
    let (summary, _, _) = app
        .store(move |store| store.get(id))
        .await?
        .ok_or_else(|| no_analysis(id))?;
    Ok(pages::confirm_delete(&summary, &app.token))
}

#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    token: String,
}

pub async fn delete(
    State(app): State<Shared>,
    Path(id): Path<String>,
    form: Result<Form<DeleteForm>, FormRejection>,
) -> PageResult<Redirect> {
    let given = form.map(|Form(f)| f.token).unwrap_or_default();
    if !token_matches(&app.token, &given) {
        return Err(Failure::forbidden(
            "Refused: this delete did not come from debrief's own page (its form token is \
             missing or out of date). Reload the history and try again.",
        )
        .into());
    }
    let id = parse_id(&id)?;
    if !app.store(move |store| store.delete(id)).await? {
        return Err(no_analysis(id).into());
    }
    Ok(Redirect::to("/history"))
}

pub async fn not_found(uri: Uri) -> Response {
    let failure = Failure::not_found(&format!("page at {}", uri.path()));
    if uri.path().starts_with("/api/") {
        crate::failure::ApiFailure(failure).into_response()
    } else {
        PageFailure(failure).into_response()
    }
}

pub fn parse_id(id: &str) -> Result<i64, Failure> {
    id.parse()
        .map_err(|_| Failure::not_found(&format!("analysis `{id}`")))
}

pub fn no_analysis(id: i64) -> Failure {
    Failure::not_found(&format!("analysis {id}: it was deleted, or never saved"))
}

/// Rendering a long report takes a while; keep it off the async threads.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Failure> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(Failure::crashed)
}
