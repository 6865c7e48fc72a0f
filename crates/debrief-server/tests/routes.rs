//! Every route over real HTTP: the form, uploads, the report page, history,
//! progress, deleting with and without the token, limits, bad inputs, the
//! JSON API and escaping of hostile text.

mod common;

use common::{section_ids, seed, Server};
use reqwest::multipart::{Form, Part};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const HOSTILE: [&str; 2] = [
    "<script>alert(1)</script>",
    r#""><img src=x onerror=alert(1)>"#,
];

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// Posts the page's form.
async fn post_form(server: &Server, form: Form) -> reqwest::Response {
    server
        .client
        .post(server.url("/analyze"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Posts the page's form; the redirect's target.
async fn submit(server: &Server, form: Form) -> String {
    let response = post_form(server, form).await;
    assert_eq!(
        response.status().as_u16(),
        303,
        "{}",
        response.text().await.unwrap()
    );
    location(&response)
}

/// Posts the page's form expecting a failure: the status and the page.
async fn refused(server: &Server, form: Form) -> (u16, String) {
    let response = post_form(server, form).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

fn id_of(location: &str) -> i64 {
    location.strip_prefix("/reports/").unwrap().parse().unwrap()
}

#[tokio::test]
async fn the_front_page_is_a_form_that_works_without_javascript() {
    let server = Server::start().await;
    let response = server.get("/").await;
    assert_eq!(response.status().as_u16(), 200);
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("default-src 'none'"), "{policy}");
    assert_eq!(response.headers()["x-frame-options"], "DENY");
    let page = response.text().await.unwrap();
    assert!(
        page.contains(r#"<form method="post" action="/analyze" enctype="multipart/form-data">"#)
    );
    for control in [
        r#"<textarea id="text" name="text""#,
        r#"<input type="file" id="file" name="file">"#,
        r#"name="who""#,
        r#"name="name""#,
        r#"<option value="webvtt">"#,
        r#"<button type="submit">"#,
    ] {
        assert!(page.contains(control), "no {control}");
    }
    assert!(!page.contains("<script"), "the core flow needs no script");
}

#[tokio::test]
async fn pasting_the_seed_saves_it_and_shows_every_exchange() {
    let server = Server::start().await;
    let form = Form::new()
        .text("text", seed())
        .text("file", "")
        .text("name", "mock round 1")
        .text("who", "Ana")
        .text("format", "auto");
    let to = submit(&server, form).await;
    let id = id_of(&to);

    let (status, page) = server.text(&to).await;
    assert_eq!(status, 200);
    let (report, ids) = server.seed_report(&id).await;
    let sections = section_ids(&page);
    for exchange in &ids {
        assert!(sections.contains(exchange), "no section {exchange}");
    }
    assert!(
        page.contains(r#"<a href="/history">History</a>"#),
        "the app's bar"
    );
    assert!(page.contains(&format!(r#"href="/reports/{id}/delete""#)));
    assert_eq!(report["source"]["name"], "mock round 1");

    let (_, history) = server.text("/history").await;
    assert!(history.contains(&format!(r#"<a href="/reports/{id}">mock round 1</a>"#)));
    let (_, hers) = server.text("/history?who=Ana").await;
    assert!(hers.contains(&format!(r#"href="/reports/{id}""#)));
    let (_, his) = server.text("/history?who=Bob").await;
    assert!(!his.contains(&format!(r#"href="/reports/{id}""#)));
    assert!(his.contains("No analyses yet"));

    let (status, progress) = server.text("/progress?who=Ana").await;
    assert_eq!(status, 200);
    assert!(progress.contains("<h1>Progress: Ana</h1>"), "{progress}");
    assert!(progress.contains(r#"class="debrief-app""#));
}

#[tokio::test]
async fn an_uploaded_file_name_is_only_a_label() {
    let server = Server::start().await;
    let file = Part::bytes(seed().into_bytes()).file_name("../../outside/zoom call.txt");
    let form = Form::new().text("text", "").part("file", file);
    let to = submit(&server, form).await;
    let (status, page) = server.text(&to).await;
    assert_eq!(status, 200);
    assert!(page.contains("zoom call.txt"));
    assert!(!page.contains("../"), "the path is not kept");
    let outside = server.data.path().join("../outside");
    assert!(
        !outside.exists(),
        "nothing is written where the client says"
    );
    let files: Vec<_> = std::fs::read_dir(server.data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        files.iter().all(|f| f.starts_with("history.sqlite3")),
        "{files:?}"
    );
}

#[tokio::test]
async fn a_url_encoded_form_works_too() {
    let server = Server::start().await;
    let response = server
        .client
        .post(server.url("/analyze"))
        .form(&[("text", seed()), ("who", "Ana".into())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let (status, _) = server.text(&location(&response)).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn bad_inputs_get_a_page_that_names_the_problem() {
    let server = Server::start().await;
    let empty = Form::new().part("file", Part::bytes(Vec::new()).file_name("empty.txt"));
    let (status, page) = refused(&server, empty).await;
    assert_eq!(status, 400);
    assert!(page.contains("The input is empty."), "{page}");

    let (status, page) = refused(&server, Form::new().text("text", "   ")).await;
    assert_eq!(status, 400);
    assert!(page.contains("empty"), "{page}");

    let binary = Part::bytes(b"PK\x03\x04\x00\x00binary\x00".to_vec()).file_name("notes.docx");
    let (status, page) = refused(&server, Form::new().part("file", binary)).await;
    assert_eq!(status, 415);
    assert!(page.contains("binary file"), "{page}");

    let captions = Form::new()
        .text("text", "1\nthis is not a timing line\nhello there\n")
        .text("format", "srt");
    let (status, page) = refused(&server, captions).await;
    assert_eq!(status, 422);
    assert!(page.contains("Not valid srt"), "{page}");

    let format = Form::new().text("text", "hello").text("format", "docx");
    let (status, page) = refused(&server, format).await;
    assert_eq!(status, 400);
    assert!(page.contains("Unknown input format `docx`"), "{page}");

    let both = Form::new()
        .text("text", "hello")
        .part("file", Part::bytes(b"hi".to_vec()).file_name("a.txt"));
    let (status, page) = refused(&server, both).await;
    assert_eq!(status, 400);
    assert!(page.contains("not both"), "{page}");

    let response = server
        .client
        .post(server.url("/analyze"))
        .body("text=hello")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 415);

    let (history_status, history) = server.text("/history").await;
    assert_eq!(history_status, 200);
    assert!(
        history.contains("No analyses yet"),
        "nothing refused was saved"
    );
}

#[tokio::test]
async fn uploads_over_the_limit_get_413_with_a_clear_message() {
    let server = Server::with_limit(1_000).await;
    // Over the limit, but small enough for the form's body to be read: the
    // pipeline refuses it.
    let file = Part::bytes(vec![b'a'; 5_000]).file_name("long.txt");
    let (status, page) = refused(&server, Form::new().part("file", file)).await;
    assert_eq!(status, 413);
    assert!(page.contains("the limit is 1000 bytes"), "{page}");

    // Far over: the body limit cuts the upload off.
    let file = Part::bytes(vec![b'a'; 200_000]).file_name("huge.txt");
    let (status, page) = refused(&server, Form::new().part("file", file)).await;
    assert_eq!(status, 413);
    assert!(
        page.contains("The upload is too large: the limit is 1000 bytes"),
        "{page}"
    );

    let response = server
        .client
        .post(server.url("/api/analyze"))
        .body(vec![b'a'; 200_000])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    let error: serde_json::Value = response.json().await.unwrap();
    assert!(error["error"].as_str().unwrap().contains("too large"));

    // A declared length over the limit is refused before any body is sent.
    let address = server.base.strip_prefix("http://").unwrap();
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let head = format!(
        "POST /analyze HTTP/1.1\r\nHost: {address}\r\nContent-Type: multipart/form-data; boundary=x\r\n\
         Content-Length: 30000000\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("The upload is too large"), "{answer}");
}

#[tokio::test]
async fn deleting_needs_the_token_and_our_own_origin() {
    let server = Server::start().await;
    let (id, _) = server.api_analyze(seed()).await;
    let token = server.token().await;
    let delete = server.url(&format!("/reports/{id}/delete"));

    let (status, page) = server.text(&format!("/reports/{id}/delete")).await;
    assert_eq!(status, 200, "the confirmation page");
    assert!(page.contains(&format!(r#"value="{token}""#)));

    let post = || server.client.post(&delete);
    let without = post().send().await.unwrap();
    assert_eq!(without.status().as_u16(), 403);
    let page = without.text().await.unwrap();
    assert!(page.contains("token"), "{page}");
    let refused = [
        ("an empty token", post().form(&[("token", "")])),
        (
            "a wrong token",
            post().form(&[("token", "0".repeat(token.len()))]),
        ),
        (
            "another origin",
            post()
                .header("origin", "http://evil.example")
                .form(&[("token", &token)]),
        ),
        (
            "another page's referer",
            post()
                .header("referer", "http://evil.example/page")
                .form(&[("token", &token)]),
        ),
    ];
    for (why, request) in refused {
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), 403, "{why}");
    }
    assert_eq!(server.status(&format!("/reports/{id}")).await, 200);

    let done = post()
        .header("origin", &server.base)
        .form(&[("token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status().as_u16(), 303);
    assert_eq!(location(&done), "/history");
    assert_eq!(server.status(&format!("/reports/{id}")).await, 404);
    assert_eq!(server.status(&format!("/api/reports/{id}")).await, 404);
    let again = post().form(&[("token", &token)]).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 404);
}

#[tokio::test]
async fn unknown_ids_and_pages_are_404() {
    let server = Server::start().await;
    for path in [
        "/reports/999",
        "/reports/abc",
        "/reports/999/delete",
        "/nowhere",
        "/favicon.ico",
    ] {
        let (status, page) = server.text(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(page.contains("<h1>404 Not Found</h1>"), "{path}: {page}");
    }
    for path in ["/api/reports/999", "/api/reports/x", "/api/nowhere"] {
        let response = server.get(path).await;
        assert_eq!(response.status().as_u16(), 404, "{path}");
        let error: serde_json::Value = response.json().await.unwrap();
        assert!(error["error"].is_string(), "{path}");
    }
}

#[tokio::test]
async fn other_host_names_are_refused() {
    let server = Server::start().await;
    let response = server
        .client
        .get(server.url("/history"))
        .header("host", "rebound.evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let port = server.base.rsplit(':').next().unwrap();
    let local = server
        .client
        .get(server.url("/history"))
        .header("host", format!("localhost:{port}"))
        .send()
        .await
        .unwrap();
    assert_eq!(local.status().as_u16(), 200);
}

#[tokio::test]
async fn the_api_round_trips_the_report_contract() {
    let server = Server::start().await;
    let response = server
        .client
        .post(server.url("/api/analyze"))
        .json(&serde_json::json!({ "text": seed(), "name": "api run", "who": "Ana" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    let id: i64 = response.headers()["debrief-report-id"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(location(&response), format!("/api/reports/{id}"));
    let made: serde_json::Value = response.json().await.unwrap();
    assert_eq!(made["schema"], "debrief.report/1");
    assert_eq!(made["source"]["name"], "api run");
    assert_eq!(server.stored_report(id).await, made);

    let raw = server
        .client
        .post(server.url("/api/analyze?who=Bo&name=raw.txt&format=plain"))
        .body(seed())
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 201);
    let (_, bos) = server.text("/history?who=Bo").await;
    assert!(bos.contains("raw.txt"));

    for (body, json, status, says) in [
        ("", false, 400, "empty"),
        ("{\"text\": 3}", true, 400, "not the JSON"),
        ("{}", true, 400, "empty"),
        ("a\0b", false, 415, "binary"),
    ] {
        let mut request = server.client.post(server.url("/api/analyze")).body(body);
        if json {
            request = request.header("content-type", "application/json");
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{body:?}");
        let error: serde_json::Value = response.json().await.unwrap();
        let message = error["error"].as_str().unwrap();
        assert!(message.contains(says), "{body:?}: {message}");
    }
    let cross = server
        .client
        .post(server.url("/api/analyze"))
        .header("origin", "http://evil.example")
        .body(seed())
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status().as_u16(), 403);
    assert!(cross.json::<serde_json::Value>().await.unwrap()["error"].is_string());
}

#[tokio::test]
async fn hostile_text_is_escaped_on_every_page() {
    let server = Server::start().await;
    let transcript = format!(
        "Interviewer: Tell me about {} in your last project?\n\
         Candidate: I wrote {} and then I tested it with a lot of care because it mattered.\n",
        HOSTILE[0], HOSTILE[1]
    );
    let who = HOSTILE.concat();
    let form = Form::new()
        .text("text", transcript)
        .text("name", HOSTILE[1])
        .text("who", who.clone());
    let to = submit(&server, form).await;
    let id = id_of(&to);
    let encoded: String = who.bytes().map(|b| format!("%{b:02X}")).collect();
    for path in [
        to.clone(),
        "/history".into(),
        format!("/history?who={encoded}"),
        format!("/progress?who={encoded}"),
        format!("/reports/{id}/delete"),
    ] {
        let (status, page) = server.text(&path).await;
        assert_eq!(status, 200, "{path}");
        for raw in ["<script>alert", "<img src=x", "\"><img"] {
            assert!(!page.contains(raw), "{path} has {raw} unescaped");
        }
        assert!(
            page.contains("&lt;script&gt;") || page.contains("&lt;img"),
            "{path}: the text is shown escaped"
        );
    }
}
