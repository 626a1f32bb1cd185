"""Capture: adding notes by name, CSV import and the demo consultation."""
