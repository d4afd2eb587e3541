"""Sentence splitting: stops end sentences, abbreviations and decimals do not."""
from __future__ import annotations

import pytest

from service.extraction.sentences import split_sentences


@pytest.mark.parametrize("text,expected", [
    ("He spoke on Feb. 22 in Kyiv. Then he left.", ["He spoke on Feb. 22 in Kyiv.", "Then he left."]),
    ("S. Korea's spy agency said so. It did.", ["S. Korea's spy agency said so.", "It did."]),
    ("Talks in the U.S. The envoy left.", ["Talks in the U.S.", "The envoy left."]),
    ("The U.S. Army said 5 died.", ["The U.S. Army said 5 died."]),
    ("Dr. Lee and Gen. Kim met. No. 5 won.", ["Dr. Lee and Gen. Kim met.", "No. 5 won."]),
    ("The euro ended at $1.0892. Sterling gained.", ["The euro ended at $1.0892.", "Sterling gained."]),
    ('"We will win." Then he left.', ['"We will win."', "Then he left."]),
    ("First line\nSecond line", ["First line", "Second line"]),
])
def test_split(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_into_the_text():
    text = "  One here.  Two there.\n\nThree."
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1]
