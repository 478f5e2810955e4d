"""Benchmarks shipped with the project (`make bench`); each writes its figures to bench/<name>.json."""
