//! Embeds the knowledge base (`knowledge/<category>/<topic>.toml` at the
//! repository root) into the library, so the binary carries it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../knowledge");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(categories) = std::fs::read_dir(&root) {
        for category in categories.flatten() {
            if let Ok(topics) = std::fs::read_dir(category.path()) {
                files.extend(
                    topics
                        .flatten()
                        .map(|entry| entry.path())
                        .filter(|path| path.extension().is_some_and(|ext| ext == "toml")),
                );
            }
        }
    }
    files.sort();
    let mut out = String::from("/// The built-in topic files: (path under `knowledge/`, contents).\npub static BUILTIN: &[(&str, &str)] = &[\n");
    for file in &files {
        let name = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let path = file.canonicalize().unwrap_or_else(|_| file.clone());
        let _ = writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.to_string_lossy()
        );
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("knowledge.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
