//! `debrief schema`: the JSON Schema of the report contract, derived from the
//! same types the report is serialised from, so the two cannot drift apart.

use debrief_core::Report;

pub fn run() -> anyhow::Result<()> {
    crate::files::write_output(None, &text())
}

fn text() -> String {
    let schema = schemars::schema_for!(Report);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_the_contract() {
        let schema: serde_json::Value = serde_json::from_str(&super::text()).unwrap();
        assert_eq!(schema["title"], "debrief report");
        assert!(schema["required"]
            .as_array()
            .unwrap()
            .contains(&"interviews".into()));
    }
}
