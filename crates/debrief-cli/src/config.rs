//! The config file: rules to switch off for every run.
//!
//! ```toml
//! # debrief.toml
//! ignore = ["delivery.filler", "hedging"]
//! ```

use anyhow::Context;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Looked for in the current directory when `--config` is not given.
const DEFAULT: &str = "debrief.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Rule codes or names to switch off.
    #[serde(default)]
    pub ignore: Vec<String>,
}

/// The config at `path`, or `./debrief.toml` when there is one, or none.
pub fn load(path: Option<&Path>) -> anyhow::Result<Config> {
    let path: PathBuf = match path {
        Some(path) => path.to_owned(),
        None if Path::new(DEFAULT).is_file() => PathBuf::from(DEFAULT),
        None => return Ok(Config::default()),
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read the config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{}: not a valid config file", path.display()))
}
