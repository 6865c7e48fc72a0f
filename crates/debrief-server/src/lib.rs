//! debrief's local web app: paste or upload a transcript, read its report
//! (the same page as `debrief analyze --format html`), browse the history,
//! see progress, delete an analysis; plus a small JSON API.
//!
//! The server is thin: the pipeline is `debrief_core::analyze`, the pages of
//! reports and progress come from `debrief_render`, and the history is
//! `debrief_store`. What lives here is HTTP: routes, forms, limits, and the
//! guards that keep a local server safe to leave running (see [`guard`]).

mod api;
mod failure;
mod guard;
mod input;
mod pages;
mod web;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use debrief_core::Report;
use debrief_store::{Store, StoreError};
use failure::Failure;
use input::Submission;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// The upload limit when the user sets none: 20 MB.
pub const DEFAULT_MAX_UPLOAD: usize = 20_000_000;

/// Room for a multipart form's boundaries and small fields on top of the
/// transcript itself, so a file of exactly the limit still fits.
const FORM_OVERHEAD: usize = 64 * 1024;

/// What the user chose when starting the server.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where the history database lives (`debrief serve --data DIR`).
    pub data_dir: PathBuf,
    /// The largest transcript accepted, in bytes.
    pub max_upload: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// Everything the handlers share.
struct App {
    /// One connection for the whole process: SQLite serialises writes
    /// anyway, and one connection cannot hit `busy` against itself. It is
    /// only ever locked inside `spawn_blocking`.
    store: Mutex<Store>,
    /// The CSRF token of destructive forms: random per process, so a page
    /// from another site cannot know it.
    token: String,
    max_upload: usize,
    /// Analyses are CPU-bound; more at once than there are cores only
    /// multiplies threads and memory, so the rest wait their turn.
    analyses: Semaphore,
    /// The `Host` headers accepted, when the server listens on loopback
    /// only (see [`guard`]); `None` when it listens on a network.
    hosts: Option<Vec<String>>,
}

type Shared = Arc<App>;

impl App {
    /// Runs `work` on the store on a blocking thread.
    async fn store<T, F>(self: &Arc<Self>, work: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let app = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            // A panic elsewhere cannot leave the connection mid-transaction
            // (rusqlite rolls back on drop), so a poisoned lock is usable.
            let store = app.store.lock().unwrap_or_else(PoisonError::into_inner);
            work(&store)
        })
        .await
        .map_err(Failure::crashed)?
        .map_err(Failure::from)
    }

    /// Analyses a submission and saves it: the id and the report.
    async fn analyze(self: &Arc<Self>, submission: Submission) -> Result<(i64, Report), Failure> {
        let _turn = self.analyses.acquire().await.map_err(Failure::crashed)?;
        let app = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let options = debrief_core::Options {
                source_name: submission.name,
                format: submission.format,
                max_bytes: Some(app.max_upload),
                ..Default::default()
            };
            let report = debrief_core::analyze(&submission.bytes, &options)?;
            // The report's spans index the text as the pipeline decoded it.
            let source = String::from_utf8_lossy(&submission.bytes);
            let store = app.store.lock().unwrap_or_else(PoisonError::into_inner);
            let id = store.save(
                submission.who.as_deref(),
                &report.source.name,
                &source,
                &report,
            )?;
            Ok((id, report))
        })
        .await
        .map_err(Failure::crashed)?
    }
}

/// Serves the web app on `listener` until the process ends.
pub async fn serve(listener: TcpListener, config: Config) -> Result<(), ServerError> {
    let app = open(&listener, config).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

/// Binds `host:port` on a runtime of its own, opens the history, tells
/// `listening` the address (so the caller can print it only once the app
/// can answer), then serves until the process ends. For callers without an
/// async runtime, like the CLI.
pub fn run(
    host: &str,
    port: u16,
    config: Config,
    listening: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener =
            TcpListener::bind((host, port))
                .await
                .map_err(|source| ServerError::Bind {
                    addr: format!("{host}:{port}"),
                    source,
                })?;
        let app = open(&listener, config).await?;
        listening(listener.local_addr()?);
        axum::serve(listener, app).await?;
        Ok(())
    })
}

/// The app for `listener`: the history opened, a fresh token, and the host
/// check set up when the address is loopback.
async fn open(listener: &TcpListener, config: Config) -> Result<Router, ServerError> {
    let addr = listener.local_addr()?;
    let dir = config.data_dir;
    let store = tokio::task::spawn_blocking(move || Store::open(&dir))
        .await
        .map_err(std::io::Error::other)??;
    let app = Arc::new(App {
        store: Mutex::new(store),
        token: guard::new_token()?,
        max_upload: config.max_upload,
        analyses: Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())),
        hosts: addr.ip().is_loopback().then(|| guard::loopback_hosts(addr)),
    });
    Ok(router(app))
}

fn router(app: Shared) -> Router {
    Router::new()
        .route("/", get(web::index))
        .route("/analyze", post(web::analyze))
        .route("/reports/{id}", get(web::report))
        .route(
            "/reports/{id}/delete",
            get(web::confirm_delete).post(web::delete),
        )
        .route("/history", get(web::history))
        .route("/progress", get(web::progress))
        .route("/api/analyze", post(api::analyze))
        .route("/api/reports/{id}", get(api::report))
        .fallback(web::not_found)
        .layer(DefaultBodyLimit::max(app.max_upload + FORM_OVERHEAD))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&app),
            guard::check,
        ))
        .with_state(app)
}
