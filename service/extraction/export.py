"""Shape an Extraction like the API's resources (for `python -m service extract`)."""
from __future__ import annotations

from .types import Extraction


def _ref(actors_by_key: dict, key: str | None, group: str | None = None) -> dict | None:
    """Return a short actor reference, a group reference (id None), or None."""
    actor = actors_by_key.get(key) if key else None
    if actor:
        return {"id": actor.key, "name": actor.name, "type": actor.type}
    return {"id": None, "name": group, "type": "group"} if group else None


def to_resources(ex: Extraction) -> dict:
    """Return {"actors", "claims", "figures"} as lists of API-shaped dicts."""
    by_key = {a.key: a for a in ex.actors}
    actors = [
        {"id": a.key, "name": a.name, "type": a.type, "aliases": a.aliases,
         "description": a.description, "confidence": a.confidence,
         "mentions": [{"text": m.text, "start": m.start, "end": m.end, "section": m.section}
                      for m in a.mentions]}
        for a in ex.actors
    ]
    claims = [
        {"id": i, "speaker": _ref(by_key, c.speaker, c.speaker_group), "speaker_text": c.speaker_text, "cue": c.cue,
         "kind": c.kind, "content": c.content, "sentence": c.sentence, "section": c.section,
         "start": c.start, "end": c.end, "sentence_start": c.sentence_start,
         "sentence_end": c.sentence_end, "source": _ref(by_key, c.source), "confidence": c.confidence}
        for i, c in enumerate(ex.claims)
    ]
    figures = [
        {"id": i, "value": f.value, "low": f.low, "high": f.high, "approximate": f.approximate,
         "qualifier": f.qualifier, "unit": f.unit, "object": f.object, "direction": f.direction,
         "period": f.period, "text": f.text, "sentence": f.sentence, "section": f.section,
         "start": f.start, "end": f.end, "sentence_start": f.sentence_start,
         "sentence_end": f.sentence_end, "claim": f.claim, "claimant": _ref(by_key, f.claimant, f.claimant_group),
         "confidence": f.confidence}
        for i, f in enumerate(ex.figures)
    ]
    return {"actors": actors, "claims": claims, "figures": figures}
