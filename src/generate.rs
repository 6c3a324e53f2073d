//! Deterministic generated briefings of a chosen size, for benchmarks,
//! fuzzing seeds and tests of big files.
