"""Articles: ingest (extract and store in one transaction), read, list, delete, re-read."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import delete as sa_delete
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.extraction import VERSION, extract
from service.extraction.types import Extraction
from service.models import Article, Claim, Figure, Mention
from service.observability import ARTICLES_STORED, EXTRACTION

from . import actors as actor_store
from .exceptions import Conflict
from .paging import Page, paginate
from .text import content_hash, like_pattern


def find_existing(*, session: Session, url: str | None, body: str) -> Article | None:
    """Return the stored article with this URL or this body, if any."""
    conds = [Article.content_hash == content_hash(body)]
    if url:
        conds.append(Article.url == url)
    return session.scalars(select(Article).where(or_(*conds)).order_by(Article.id).limit(1)).first()


def _read(article: Article) -> Extraction:
    """Run the extractor over a stored article."""
    published = article.published_at.date() if article.published_at else None
    return extract(article.body, title=article.title, published_at=published)


def _span(item) -> dict:
    """Return the section, offsets and confidence of an extracted item as row fields."""
    return {"section": item.section, "start": item.start, "end": item.end, "confidence": item.confidence}


def _evidence(item) -> dict:
    """Return an item's span plus its sentence and the sentence's offsets as row fields."""
    return {**_span(item), "sentence": item.sentence, "sentence_start": item.sentence_start,
            "sentence_end": item.sentence_end}


def _store_extraction(session: Session, article: Article, ex: Extraction) -> None:
    """Add the rows for an extraction's actors, mentions, claims and figures."""
    actors = {found.key: actor_store.resolve(session, found) for found in ex.actors}
    session.flush()
    for found in ex.actors:
        for m in found.mentions:
            session.add(Mention(article=article, actor=actors[found.key], text=m.text[:500], **_span(m)))
    claims = []
    for c in ex.claims:
        row = Claim(article=article, speaker=actors.get(c.speaker), source=actors.get(c.source),
                    speaker_text=(c.speaker_text or None) and c.speaker_text[:500],
                    speaker_group=c.speaker_group and c.speaker_group[:200], cue=c.cue[:100],
                    kind=c.kind, content=c.content, **_evidence(c))
        session.add(row)
        claims.append(row)
    for f in ex.figures:
        session.add(Figure(article=article, claim=claims[f.claim] if f.claim is not None else None,
                           claimant=actors.get(f.claimant),
                           claimant_group=f.claimant_group and f.claimant_group[:200],
                           value=f.value, low=f.low, high=f.high, approximate=f.approximate,
                           qualifier=f.qualifier, unit=f.unit, object=f.object and f.object[:300],
                           direction=f.direction, period=f.period, text=f.text[:300], **_evidence(f)))


def ingest(*, session: Session, body: str, title: str | None = None, url: str | None = None,
           outlet: str | None = None, author: str | None = None,
           published_at: datetime | None = None, language: str = "en") -> tuple[Article, bool]:
    """Extract and store one article in one transaction; return (article, created).

    Posting the same URL or the same body again returns the stored article unchanged.
    """
    existing = find_existing(session=session, url=url, body=body)
    if existing is not None:
        return existing, False
    article = Article(title=title, body=body, url=url, outlet=outlet, author=author,
                      published_at=published_at, language=language or "en",
                      content_hash=content_hash(body), extractor_version=VERSION)
    with EXTRACTION.time():
        ex = _read(article)
    try:
        session.add(article)
        _store_extraction(session, article, ex)
        session.commit()
        ARTICLES_STORED.inc()
    except IntegrityError:
        # why: a concurrent request stored the same article first; return that one
        session.rollback()
        existing = find_existing(session=session, url=url, body=body)
        if existing is None:
            raise Conflict("The article clashes with a stored one (same URL or body).") from None
        return existing, False
    except BaseException:
        session.rollback()
        raise
    return article, True


def get(*, session: Session, article_id: int) -> Article | None:
    """Return one article or None."""
    return session.get(Article, article_id)


def list_articles(*, session: Session, page: int, per_page: int, q: str | None = None,
                  actor: int | None = None, outlet: str | None = None,
                  since: datetime | None = None, until: datetime | None = None) -> Page:
    """Return a page of articles, newest first, filtered by text, actor, outlet or date."""
    stmt = select(Article).order_by(Article.id.desc())
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(or_(Article.title.ilike(pattern, escape="\\"),
                              Article.body.ilike(pattern, escape="\\")))
    if actor is not None:
        stmt = stmt.where(Article.id.in_(select(Mention.article_id).where(Mention.actor_id == actor)))
    if outlet:
        stmt = stmt.where(Article.outlet == outlet)
    if since is not None:
        stmt = stmt.where(Article.published_at >= since)
    if until is not None:
        stmt = stmt.where(Article.published_at <= until)
    return paginate(stmt, session=session, page=page, per_page=per_page)


def _actor_ids(article: Article) -> set[int]:
    """Return the ids of every actor an article's rows point at."""
    ids = {m.actor_id for m in article.mentions}
    ids |= {i for c in article.claims for i in (c.speaker_id, c.source_id) if i}
    ids |= {f.claimant_id for f in article.figures if f.claimant_id}
    return ids


def _clear(session: Session, article: Article) -> set[int]:
    """Delete an article's mentions, claims and figures; return the actors they used."""
    used = _actor_ids(article)
    for model in (Figure, Claim, Mention):  # figures point at claims: delete them first
        session.execute(sa_delete(model).where(model.article_id == article.id))
    session.expire(article, ["claims", "figures", "mentions"])
    return used


@contextmanager
def _one_transaction(session: Session):
    """Commit what the block did, or roll all of it back if it raises."""
    try:
        yield
        session.commit()
    except BaseException:
        session.rollback()
        raise


def delete(*, session: Session, article: Article) -> None:
    """Delete an article, its claims, figures and mentions, and actors nobody else uses."""
    with _one_transaction(session):
        used = _clear(session, article)
        session.delete(article)
        session.flush()
        actor_store.delete_orphans(session=session, actor_ids=used)


def reextract(*, session: Session, article: Article) -> None:
    """Read a stored article again with the current extractor and replace its rows."""
    ex = _read(article)
    with _one_transaction(session):
        used = _clear(session, article)
        _store_extraction(session, article, ex)
        article.extractor_version = VERSION
        session.flush()
        actor_store.delete_orphans(session=session, actor_ids=used)
