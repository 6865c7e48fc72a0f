//! The app's own pages: the form, history, the delete confirmation, errors,
//! and the bar added to the rendered report and progress pages. Everything
//! that came from a user (names, labels, file names) goes through [`esc`].

use crate::failure::Failure;
use axum::response::{Html, IntoResponse, Response};
use debrief_core::history::Summary;
use debrief_core::InputFormat;
use debrief_render::{esc, utc_minute};
use std::fmt::Write;

const STYLE: &str = "
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
main{max-width:68rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
a{color:#1f5fbf}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
textarea{width:100%;min-height:16rem;font:14px/1.4 ui-monospace,monospace;box-sizing:border-box}
input[type=text],select{font:inherit;padding:.3rem;min-width:16rem}
button{font:inherit;padding:.4rem 1rem;margin-top:1rem;cursor:pointer}
.row{display:flex;flex-wrap:wrap;gap:0 2rem}
.hint{color:#5b6470;font-size:.9rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #dde1e6;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td form button{margin:0;padding:.1rem .6rem}
.error{border-left:4px solid #b3261e;background:#fff;padding:.75rem 1rem}
.danger{background:#b3261e;color:#fff;border:0;border-radius:3px}
";

/// The app's bar on every page; `.debrief-app` keeps it apart from the
/// report's own navigation and out of print.
const BAR_STYLE: &str = ".debrief-app{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;\
align-items:center;padding:.5rem 1.25rem;background:#1d232a;color:#fff;\
font:15px/1.4 system-ui,sans-serif}\
.debrief-app a{color:#fff}.debrief-app strong{margin-right:.5rem}\
@media print{.debrief-app{display:none}}";

/// Percent-encodes a query-string value (everything but unreserved bytes).
pub fn query_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The bar's links; `who` adds a link to that person's progress.
fn bar(out: &mut String, extra: &str) {
    out.push_str(r#"<div class="debrief-app" role="navigation" aria-label="debrief"><strong>debrief</strong>"#);
    out.push_str(r#"<a href="/">New analysis</a><a href="/history">History</a><a href="/progress">Progress</a>"#);
    out.push_str(extra);
    out.push_str("</div>\n");
}

fn page(title: &str, body: &str) -> Html<String> {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · debrief</title>\n<style>{STYLE}{BAR_STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    );
    bar(&mut out, "");
    out.push_str("<main>\n");
    out.push_str(body);
    out.push_str("</main>\n</body>\n</html>\n");
    Html(out)
}

/// A page rendered by `debrief_render` with the app's bar added after
/// `<body>`, so the report stays exactly the page `--format html` writes.
pub fn framed(rendered: String, extra: &str) -> Html<String> {
    let mut bar_html = String::new();
    bar(&mut bar_html, extra);
    let mut out = rendered;
    if let Some(head) = out.find("</head>") {
        out.insert_str(head, &format!("<style>{BAR_STYLE}</style>\n"));
    }
    let body = out.find("<body>").map_or(0, |at| at + "<body>".len());
    out.insert_str(body, &format!("\n{bar_html}"));
    Html(out)
}

/// The extra links of a report's bar.
pub fn report_links(summary: &Summary) -> String {
    let mut links = String::new();
    if let Some(who) = &summary.who {
        let _ = write!(
            links,
            r#"<a href="/history?who={q}">History of {w}</a><a href="/progress?who={q}">Progress of {w}</a>"#,
            q = esc(&query_value(who)),
            w = esc(who)
        );
    }
    let _ = write!(
        links,
        r#"<a href="/api/reports/{id}">JSON</a><a href="/reports/{id}/delete">Delete…</a>"#,
        id = summary.id
    );
    links
}

pub fn index(max_upload: usize) -> Html<String> {
    let mut options = String::from(r#"<option value="auto" selected>detect</option>"#);
    for format in InputFormat::ALL {
        let _ = write!(
            options,
            r#"<option value="{0}">{0}</option>"#,
            format.name()
        );
    }
    let body = format!(
        r#"<h1>Analyse an interview</h1>
<p>Paste a transcript or choose a file: plain speech-to-text, <code>Name: text</code> lines,
Zoom <code>.txt</code>, SRT, WebVTT or Whisper JSON. Everything stays on this machine.</p>
<form method="post" action="/analyze" enctype="multipart/form-data">
<label for="text">Transcript</label>
<textarea id="text" name="text" placeholder="Paste the transcript here"></textarea>
<label for="file">…or a file</label>
<input type="file" id="file" name="file">
<p class="hint">Up to {limit} bytes. The file's name is only a label.</p>
<div class="row">
<div><label for="name">Name of this analysis (optional)</label>
<input type="text" id="name" name="name" maxlength="200" placeholder="e.g. mock interview 3"></div>
<div><label for="who">Whose interview (optional)</label>
<input type="text" id="who" name="who" maxlength="200" placeholder="e.g. Ana"></div>
<div><label for="format">Input format</label>
<select id="format" name="format">{options}</select></div>
</div>
<button type="submit">Analyse</button>
</form>
"#,
        limit = max_upload
    );
    page("New analysis", &body)
}

pub fn history(who: Option<&str>, summaries: &[Summary], token: &str) -> Html<String> {
    let mut body = String::new();
    match who {
        Some(who) => {
            let _ = write!(
                body,
                r#"<h1>History of {w}</h1><p><a href="/progress?who={q}">Progress of {w}</a> · <a href="/history">Everyone</a></p>"#,
                w = esc(who),
                q = esc(&query_value(who))
            );
        }
        None => body.push_str("<h1>History</h1>"),
    }
    let _ = write!(
        body,
        r#"<form method="get" action="/history"><label for="who">Whose interviews</label>
<input type="text" id="who" name="who" value="{}"> <button type="submit">Filter</button></form>
"#,
        esc(who.unwrap_or_default())
    );
    if summaries.is_empty() {
        body.push_str(r#"<p>No analyses yet. <a href="/">Analyse an interview</a>.</p>"#);
        return page("History", &body);
    }
    body.push_str(
        "<table><thead><tr><th>#</th><th>Date (UTC)</th><th>Who</th><th>Source</th>\
         <th>Interviews</th><th>Questions</th><th>Overall</th><th>Content</th>\
         <th>Delivery</th><th>Fillers /100 words</th><th></th></tr></thead><tbody>\n",
    );
    for s in summaries {
        let who_cell = match &s.who {
            Some(w) => format!(
                r#"<a href="/history?who={}">{}</a>"#,
                esc(&query_value(w)),
                esc(w)
            ),
            None => "—".to_owned(),
        };
        let _ = writeln!(
            body,
            r#"<tr><td class="n">{id}</td><td>{date}</td><td>{who_cell}</td><td><a href="/reports/{id}">{source}</a></td><td class="n">{interviews}</td><td class="n">{questions}</td><td class="n">{overall:.0}</td><td class="n">{content}</td><td class="n">{delivery:.0}</td><td class="n">{fillers:.1}</td><td>{delete}</td></tr>"#,
            id = s.id,
            date = utc_minute(s.created_at),
            source = esc(&s.source_name),
            interviews = s.interviews,
            questions = s.questions,
            overall = s.overall,
            content = s.content.map_or("—".to_owned(), |c| format!("{c:.0}")),
            delivery = s.delivery,
            fillers = s.filler_rate,
            delete = delete_form(s.id, token, "Delete", ""),
        );
    }
    body.push_str("</tbody></table>\n");
    page("History", &body)
}

pub fn confirm_delete(summary: &Summary, token: &str) -> Html<String> {
    let body = format!(
        r#"<h1>Delete analysis {id}?</h1>
<p><a href="/reports/{id}">{source}</a>{who}, saved {date} UTC. Its report and its transcript are
removed for good.</p>
{form}
<p><a href="/reports/{id}">Keep it</a></p>
"#,
        id = summary.id,
        source = esc(&summary.source_name),
        who = summary
            .who
            .as_deref()
            .map_or(String::new(), |w| format!(" ({})", esc(w))),
        date = utc_minute(summary.created_at),
        form = delete_form(summary.id, token, "Delete for good", "danger"),
    );
    page("Delete analysis", &body)
}

fn delete_form(id: i64, token: &str, label: &str, class: &str) -> String {
    format!(
        r#"<form method="post" action="/reports/{id}/delete"><input type="hidden" name="token" value="{token}"><button type="submit" class="{class}">{label}</button></form>"#,
        token = esc(token)
    )
}

pub fn error(failure: &Failure) -> Response {
    let title = failure
        .status
        .canonical_reason()
        .unwrap_or("Something went wrong");
    let body = format!(
        r#"<h1>{code} {title}</h1>
<p class="error">{message}</p>
<p><a href="/">Analyse a transcript</a> · <a href="/history">History</a></p>
"#,
        code = failure.status.as_u16(),
        message = esc(&failure.message)
    );
    (failure.status, page(title, &body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_could_open_markup() {
        assert_eq!(
            esc(r#"<script>"a" & 'b'</script>"#).to_string(),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(query_value("Ana María&x=1"), "Ana%20Mar%C3%ADa%26x%3D1");
    }

    #[test]
    fn the_bar_goes_right_after_body() {
        let page = framed(
            "<html><head></head><body>\n<p>x</p></body></html>".into(),
            "",
        );
        let html = page.0;
        let bar = html.find("debrief-app\" role").unwrap();
        assert!(html.find("<body>").unwrap() < bar && bar < html.find("<p>x").unwrap());
        assert!(html.find("<style>").unwrap() < html.find("</head>").unwrap());
    }
}
