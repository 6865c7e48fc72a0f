//! `debrief serve`: the web app, on loopback unless `--host` says otherwise.

use crate::args::ServeArgs;
use anyhow::Context;
use debrief_server::Config;
use std::net::{Ipv4Addr, SocketAddr};

pub fn run(args: &ServeArgs) -> anyhow::Result<()> {
    let data_dir = match &args.data {
        Some(dir) => dir.clone(),
        None => debrief_store::default_dir()
            .context("this system has no data directory for the history: pass --data DIR")?,
    };
    let config = Config {
        data_dir: data_dir.clone(),
        max_upload: args.max_upload,
    };
    debrief_server::run(&args.host, args.port, config, |addr| {
        if !addr.ip().is_loopback() {
            crate::exit::warn(
                &addr.to_string(),
                "not a loopback address: anyone who can reach this machine can read and \
                 delete the analyses in the history",
            );
        }
        // 0.0.0.0 is where it listens, not an address to open.
        let url = if addr.ip().is_unspecified() {
            SocketAddr::from((Ipv4Addr::LOCALHOST, addr.port()))
        } else {
            addr
        };
        println!(
            "debrief: serving on http://{url}/ (history in {})",
            data_dir.display()
        );
    })?;
    Ok(())
}
