"""The number grammar: digits, words, scales, money, units and ranges."""
import pytest

from service.extraction.numbers import find_quantities, parse_quantity, words_value


@pytest.mark.parametrize("text, value, unit", [
    ("6,000", 6000, None),
    ("25 000", 25000, None),
    ("1.5", 1.5, None),
    ("1.234.567", 1234567, None),
    ("1,452.7", 1452.7, None),
    ("two", 2, None),
    ("Twenty-five", 25, None),
    ("a hundred", 100, None),
    ("one hundred and fifty", 150, None),
    ("a dozen", 12, None),
    ("half a million", 500000, None),
    ("12 thousand", 12000, None),
    ("6 million", 6e6, None),
    ("1.2bn", 1.2e9, None),
    ("500k", 500000, None),
    ("1,5 million", 1.5e6, None),
    ("two hundred thousand", 200000, None),
    ("3 lakh", 300000, None),
    ("$3.5 billion", 3.5e9, "USD"),
    ("US$55.1 billion", 55.1e9, "USD"),
    ("€20bn", 20e9, "EUR"),
    ("£3", 3, "GBP"),
    ("£16.4bn", 16.4e9, "GBP"),
    ("$5m", 5e6, "USD"),
    ("5 million euros", 5e6, "EUR"),
    ("UAH 200", 200, "UAH"),
    ("Hr 34 billion", 34e9, "UAH"),
    ("2.23 trillion hryvnias", 2.23e12, "UAH"),
    ("300 billion won", 300e9, "KRW"),
    ("₩1,000", 1000, "KRW"),
    ("1.5 trillion yen", 1.5e12, "JPY"),
    ("3.2 billion yuan", 3.2e9, "CNY"),
    ("10 billion rubles", 10e9, "RUB"),
    ("Rs 500 crore", 5e9, "INR"),
    ("80%", 80, "percent"),
    ("5 percent", 5, "percent"),
    ("5 per cent", 5, "percent"),
    ("3pc", 3, "percent"),
    ("1.6 percentage points", 1.6, "percentage points"),
    ("4.1p", 4.1, "pence"),
    ("10 km", 10, "km"),
    ("23,000 acres", 23000, "acres"),
    ("3 tonnes", 3, "tonnes"),
    ("2 million barrels per day", 2e6, "barrels per day"),
    ("48.2 degrees Celsius", 48.2, "degrees"),
    ("three times", 3, "times"),
])
def test_single_values(text, value, unit):
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value) and q.unit == unit


@pytest.mark.parametrize("text, low, high, unit", [
    ("25-30 000", 25000, 30000, None),  # the thousands of the second number apply to the first
    ("25-30,000", 25000, 30000, None),
    ("10,900 to 12,000", 10900, 12000, None),
    ("5–7 million", 5e6, 7e6, None),
    ("$3-4 billion", 3e9, 4e9, "USD"),
    ("5 to 7 percent", 5, 7, "percent"),
    ("5.25%-5.5%", 5.25, 5.5, "percent"),
    ("20s", 20, 29, None),
])
def test_ranges(text, low, high, unit):
    q = parse_quantity(text)
    assert q is not None and q.value is None
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize("sentence, values", [
    ("between 5 and 10 people", [(None, 5, 10)]),
    ("rose from 5% to 10%", [(5, None, None), (10, None, None)]),  # a change, not a range
    ("KOSPI rose 1.5 percent to 2,650.12 points", [(1.5, None, None), (2650.12, None, None)]),
    ("a 100m-high wall", [(100, None, None)]),  # metres, not millions
    ("won 3-1 at home", [(3, None, None), (1, None, None)]),  # not a range: the figures module drops scores
])
def test_joining(sentence, values):
    found = [(q.value, q.low, q.high) for q in find_quantities(sentence)]
    assert found == values


@pytest.mark.parametrize("text", ["5pm", "3rd", "5G", "10:30", "24/7", "the 22nd", "several thousand", "a few"])
def test_not_numbers(text):
    assert all(q.value is None or text[q.start:q.end] not in ("5", "3", "22") for q in find_quantities(text))
    assert parse_quantity(text) is None


@pytest.mark.parametrize("words, value", [
    ("ninety-nine", 99), ("a thousand", 1000), ("three hundred", 300), ("half a billion", 5e8), ("eleven", 11),
])
def test_words_value(words, value):
    assert words_value(words) == value
