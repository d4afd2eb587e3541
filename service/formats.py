"""Turn incoming article formats (plain text, seed files, HTML) into article fields."""
from __future__ import annotations

import re
from datetime import datetime, timezone

_META = re.compile(r"^-\s*(author|date|url|outlet|source|language)\s*:\s*(.*)$", re.IGNORECASE)
_VALUE = re.compile(r"^-\s+(.*)$")


def parse_plain_text(text: str) -> dict:
    """Split plain text into title, author, date and body.

    Format: an optional title line, then optional "- Author:" / "- Date:" lines (the value
    on the same line or on the next "- value" line), then the body. Without meta lines the
    first line is the title only when it is short and has no sentence-ending stop.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    fields: dict = {"title": None}
    i = 0
    first_is_meta = bool(lines) and _META.match(lines[0].strip())
    if lines and not first_is_meta and len(lines) > 1 and _META.match(lines[1].strip()):
        fields["title"], i = lines[0].strip() or None, 1
    meta_seen = False
    while i < len(lines):
        m = _META.match(lines[i].strip())
        if not m:
            break
        meta_seen = True
        key, value = m.group(1).lower(), m.group(2).strip()
        if not value and i + 1 < len(lines):
            nxt = _VALUE.match(lines[i + 1].strip())
            if nxt and not _META.match(lines[i + 1].strip()):
                value, i = nxt.group(1).strip(), i + 1
        if value:
            fields["author" if key == "author" else "published_at" if key == "date" else key] = value
        i += 1
    body = "\n".join(lines[i:]).strip("\n")
    if not meta_seen and fields["title"] is None and len(lines) > 1:
        head, rest = lines[0].strip(), "\n".join(lines[1:]).strip("\n")
        if head and rest.strip() and len(head) <= 160 and not re.search(r"[.!?\"”]$", head):
            fields["title"], body = head, rest
    fields["body"] = body
    if "published_at" in fields:
        fields["published_at"] = parse_date(fields["published_at"])
    return fields


def parse_date(value: str | None) -> datetime | None:
    """Parse an ISO-8601 or common written date; None when it cannot be read."""
    if not value:
        return None
    value = value.strip()
    parsed = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%Y"):
            try:
                parsed = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)  # why: a date without offset is read as UTC
    return parsed


def _strip_tags(html: str) -> str:
    """Return the visible text of an HTML fragment, tags, scripts and styles removed."""
    from html import unescape

    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    return re.sub(r"[ \t]+", " ", unescape(text)).strip()


def parse_html(html: str) -> dict:
    """Take the article text, title, author, date, outlet and URL out of a saved news page."""
    import trafilatura  # why: imported lazily, it is heavy and only HTML posts need it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    fields = (doc if isinstance(doc, dict) else doc.as_dict()) if doc is not None else {}
    get = fields.get
    if not (get("text") or "").strip():
        # why: a fragment trafilatura cannot read as an article is still text worth reading
        return {"title": None, "body": _strip_tags(html)}
    title, body = get("title"), get("text").strip()
    first, _, rest = body.partition("\n")
    if title and first.strip() == title.strip():
        body = rest.strip()  # why: trafilatura repeats the headline as the first line
    return {
        "title": title,
        "body": body,
        "author": get("author"),
        "published_at": parse_date(get("date")),
        "outlet": get("sitename"),
        "url": get("url"),
    }
