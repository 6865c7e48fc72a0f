//! How fast the whole pipeline turns a transcript into a report, in bytes
//! per second: the real seed transcript, and the seed repeated to about
//! 10 MB to show how the stages scale with input size.
//!
//! Run with `cargo bench -p debrief-core --bench pipeline`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use debrief_core::{analyze, Options};
use std::hint::black_box;
use std::path::{Path, PathBuf};

const SEED: &str = "shared/fixtures/seed-interviews.txt";
const BIG: usize = 10 * 1024 * 1024;

/// `shared/` sits beside the repository (`<repo>/../shared`), wherever the
/// repository was cloned; `DEBRIEF_SHARED` points elsewhere when it is not.
fn seed_path() -> PathBuf {
    if let Some(shared) = std::env::var_os("DEBRIEF_SHARED") {
        return Path::new(&shared).join("fixtures/seed-interviews.txt");
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .map(|dir| dir.join(SEED))
        .find(|path| path.is_file())
        .unwrap_or_else(|| panic!("no {SEED} above {}", manifest.display()))
}

fn pipeline(c: &mut Criterion) {
    let path = seed_path();
    let seed = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let options = Options {
        source_name: "seed-interviews.txt".to_owned(),
        ..Options::default()
    };
    // Timing an error path would measure nothing useful.
    analyze(&seed, &options).expect("the seed transcript is analysable");

    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(seed.len() as u64));
    group.bench_function("seed", |b| b.iter(|| analyze(black_box(&seed), &options)));
    group.finish();

    let copies = BIG.div_ceil(seed.len() + 2);
    let big = vec![&seed[..]; copies].join(&b"\n\n"[..]);
    let big_options = Options {
        max_bytes: Some(big.len()),
        ..options
    };
    let mut group = c.benchmark_group("analyze-10mb");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function(format!("seed-x{copies}"), |b| {
        b.iter(|| analyze(black_box(&big), &big_options))
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
