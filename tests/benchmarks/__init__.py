"""The benchmark suite of press: ``python tests/benchmarks/run.py`` (see run.py)."""
