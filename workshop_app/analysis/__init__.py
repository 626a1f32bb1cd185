"""Analysis of the notes: recurring-proposal detection (pure Python, deterministic)."""
