"""Actors: cross-article identity, reads and filters."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from service.extraction.types import Actor as ExtractedActor
from service.models import Actor, ActorAlias, Mention

from .paging import Page, paginate
from .text import like_pattern, name_key


def _is_full_person_name(key: str) -> bool:
    """Tell whether a person's name has at least two parts ("andriy chernyak", not "lee")."""
    return len(key.split()) >= 2


def _candidates(session: Session, keys: set[str], type_: str) -> list[Actor]:
    """Return existing actors of `type_` whose name or an alias has one of `keys`."""
    if not keys:
        return []
    stmt = (select(Actor).outerjoin(ActorAlias)
            .where(Actor.type == type_, or_(Actor.key.in_(keys), ActorAlias.key.in_(keys)))
            .options(selectinload(Actor.aliases)).order_by(Actor.id))
    return list(session.scalars(stmt).unique())


def find_match(session: Session, found: ExtractedActor) -> Actor | None:
    """Return the stored actor that `found` is, or None.

    Conservative on purpose: organisations, countries and groups match on their name or
    any alias; people match only on a full name (two or more parts), or, for a lone
    surname such as "Lee", only an actor with that same lone name and the same role.
    """
    key = name_key(found.name)
    if found.type != "person":
        keys = {key} | {name_key(a) for a in found.aliases}
        cands = _candidates(session, keys, found.type)
        return next((c for c in cands if c.key == key), cands[0] if cands else None)
    if _is_full_person_name(key):
        keys = {key} | {k for k in (name_key(a) for a in found.aliases) if _is_full_person_name(k)}
        cands = _candidates(session, keys, "person")
        return next((c for c in cands if c.key == key), cands[0] if cands else None)
    if not found.description:
        return None
    for cand in _candidates(session, {key}, "person"):
        if cand.key == key and cand.description and name_key(cand.description) == name_key(found.description):
            return cand
    return None


def resolve(session: Session, found: ExtractedActor) -> Actor:
    """Return the stored actor for an extracted one, creating it or adding aliases."""
    actor = find_match(session, found)
    if actor is None:
        actor = Actor(name=found.name, type=found.type, description=found.description,
                      key=name_key(found.name))
        session.add(actor)
    elif found.description and not actor.description:
        actor.description = found.description
    known = {a.key for a in actor.aliases} | {actor.key}
    for alias in [found.name, *found.aliases]:
        k = name_key(alias)
        if k and k not in known:
            actor.aliases.append(ActorAlias(alias=alias, key=k))
            known.add(k)
    return actor


def get(*, session: Session, actor_id: int) -> Actor | None:
    """Return one actor or None."""
    return session.get(Actor, actor_id, options=[selectinload(Actor.aliases)])


def list_actors(*, session: Session, page: int, per_page: int, q: str | None = None,
                type: str | None = None, article: int | None = None,
                min_confidence: float | None = None) -> Page:
    """Return a page of actors, filtered by text, type or article."""
    stmt = select(Actor).options(selectinload(Actor.aliases)).order_by(Actor.id)
    if q:
        pattern = like_pattern(q.lower())
        aliased = select(ActorAlias.actor_id).where(ActorAlias.key.like(pattern, escape="\\"))
        stmt = stmt.where(or_(Actor.key.like(pattern, escape="\\"), Actor.id.in_(aliased)))
    if type:
        stmt = stmt.where(Actor.type == type)
    if article is not None or min_confidence is not None:
        mentioned = select(Mention.actor_id)
        if article is not None:
            mentioned = mentioned.where(Mention.article_id == article)
        if min_confidence is not None:
            mentioned = mentioned.where(Mention.confidence >= min_confidence)
        stmt = stmt.where(Actor.id.in_(mentioned))
    return paginate(stmt, session=session, page=page, per_page=per_page)


def delete_orphans(*, session: Session, actor_ids: set[int]) -> None:
    """Delete those of `actor_ids` that no mention, claim or figure uses any more."""
    from service.models import Claim, Figure

    for actor_id in actor_ids:
        used = session.scalar(select(Mention.id).where(Mention.actor_id == actor_id).limit(1)) \
            or session.scalar(select(Claim.id).where(or_(Claim.speaker_id == actor_id,
                                                         Claim.source_id == actor_id)).limit(1)) \
            or session.scalar(select(Figure.id).where(Figure.claimant_id == actor_id).limit(1))
        if not used:
            actor = session.get(Actor, actor_id)
            if actor is not None:
                session.delete(actor)
