"""Scripts that print measured ratios against a baseline timed in the same run."""
