"""`make bench`: every benchmarks/bench_*.py module measures and reports figures."""
