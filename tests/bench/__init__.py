"""Benchmarks, run on purpose (never collected by the normal suite): see docs/performance.md."""
