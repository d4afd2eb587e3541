"""Actors and claims (placeholder until the attribution module lands)."""
from __future__ import annotations

from .types import Actor, Claim, Sentence


def find_actors_and_claims(doc: str, sentences: list[Sentence]) -> tuple[list[Actor], list[Claim]]:
    """Return the actors named in `doc` and the claims attributed to them."""
    return [], []
