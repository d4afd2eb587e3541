"""Turn a store Page into the JSON envelope with next/prev links."""
from __future__ import annotations

from flask import current_app, request, url_for

from service.db import get_session
from service.store.paging import Page


def page_args(args: dict) -> tuple[int, int, dict]:
    """Split parsed query args into (page, per_page, filters), applying the default size."""
    args = dict(args)
    page = args.pop("page", 1) or 1
    per_page = args.pop("per_page", None) or current_app.config["PAGE_SIZE"]
    per_page = min(per_page, current_app.config["MAX_PAGE_SIZE"])
    return page, per_page, {k: v for k, v in args.items() if v is not None}


def envelope(page: Page) -> dict:
    """Return the page as {items, total, page, per_page, pages, next, prev}."""
    def link(n: int) -> str:
        args = request.args.to_dict()
        args.update(page=n, per_page=page.per_page)
        return url_for(request.endpoint, **(request.view_args or {}), **args)

    return {
        "items": page.items, "total": page.total, "page": page.page, "per_page": page.per_page,
        "pages": page.pages,
        "next": link(page.page + 1) if page.page < page.pages else None,
        "prev": link(page.page - 1) if page.page > 1 else None,
    }


def list_page(list_fn, args: dict, **scope) -> dict:
    """Run a store list function with the query's paging and filters plus `scope`; envelope it."""
    page, per_page, filters = page_args(args)
    filters.update(scope)
    return envelope(list_fn(session=get_session(), page=page, per_page=per_page, **filters))
