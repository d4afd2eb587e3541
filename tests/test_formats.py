"""Plain-text and seed formats become article fields."""
from __future__ import annotations

import pytest

from service.formats import parse_date, parse_plain_text


def test_title_author_date_lines():
    f = parse_plain_text("My title\n- Author:\n- Jane Roe\n- Date:\nBody here.")
    assert f == {"title": "My title", "author": "Jane Roe", "body": "Body here."}


def test_inline_meta_values_and_date():
    f = parse_plain_text("T\n- Author: A B\n- Date: 2025-02-03\nText.")
    assert f["author"] == "A B" and f["published_at"].year == 2025 and f["body"] == "Text."


@pytest.mark.parametrize("text,title,body_start", [
    ("Short headline\nThe body follows here.", "Short headline", "The body"),
    ("A long first line that ends like a sentence.\nSecond.", None, "A long first"),
    ("Only one line of text.", None, "Only one"),
])
def test_title_without_meta(text, title, body_start):
    f = parse_plain_text(text)
    assert f["title"] == title and f["body"].startswith(body_start)


@pytest.mark.parametrize("raw,year", [("2025-03-01", 2025), ("March 1, 2025", 2025),
                                      ("1 March 2025", 2025), ("nonsense", None), ("", None)])
def test_parse_date(raw, year):
    d = parse_date(raw)
    assert (d.year if d else None) == year
