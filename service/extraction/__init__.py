"""Pure extraction library: article text in, actors, claims and figures out."""

from .pipeline import VERSION, extract
from .types import Actor, Claim, Extraction, Figure, Mention, Sentence

__all__ = ["VERSION", "extract", "Actor", "Claim", "Extraction", "Figure", "Mention", "Sentence"]
