"""Reads and writes: keyword-only functions that take the session they work in."""
