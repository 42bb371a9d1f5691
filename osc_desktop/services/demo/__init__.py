"""A demo centre filled with made-up cases, for training, screenshots and benchmarks (generate)."""
