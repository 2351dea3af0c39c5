"""Performance benchmarks: a synthetic news corpus and the figures that matter at scale."""
