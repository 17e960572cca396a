"""Benchmarks for claimcheck: corpus generator and scale measurements (see README.md)."""
