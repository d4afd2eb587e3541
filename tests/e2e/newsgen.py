"""Deterministic news-like text: many varied sentences with names, numbers and quotes."""
from __future__ import annotations

import random

PEOPLE = ["Andriy Chernyak", "Maria Lopez", "Kim Jong-su", "Olena Petrenko", "John Kirby",
          "Lee Sung-kwon", "Rafael Grossi", "Ana Silva", "Peter Novak", "Fatima Haddad"]
ROLES = ["a spokesperson for the defence ministry", "the mayor", "a senior intelligence official",
         "the head of the agency", "a regional governor", "an analyst at the institute"]
ORGS = ["the Pentagon", "Reuters", "the United Nations", "South Korea's spy agency",
        "the civil defence agency", "NATO", "the World Bank", "Ukraine's military intelligence"]
PLACES = ["Kursk", "Seoul", "Kyiv", "Moscow", "Pyongyang", "Brussels", "Geneva", "Kharkiv"]
OBJECTS = ["soldiers", "shells", "ballistic missiles", "people", "refugees", "drones",
           "tonnes of grain", "homes", "troops", "civilians"]
CUES = ["said", "told reporters", "estimated", "reported", "claimed", "warned", "added"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "last week", "on Sunday", "in March"]


def sentence(rng: random.Random) -> str:
    """Return one news sentence: a figure, a quote, or an indirect claim."""
    person, role, org = rng.choice(PEOPLE), rng.choice(ROLES), rng.choice(ORGS)
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 9999) * 10, rng.randint(1, 30) * 1000])
    obj, place, cue, day = rng.choice(OBJECTS), rng.choice(PLACES), rng.choice(CUES), rng.choice(DAYS)
    kind = rng.randrange(6)
    if kind == 0:
        return f'"We have counted about {n:,} {obj} near {place}," {person}, {role}, {cue} {day}.'
    if kind == 1:
        return f"{org.capitalize()} {cue} that up to {n} {obj} had been sent to {place} {day}."
    if kind == 2:
        return f"According to {org}, between {n} and {n + rng.randint(1, 500)} {obj} were seen in {place}."
    if kind == 3:
        return f'"This is not over," {person} {cue}, adding that {rng.randint(1, 99)} percent of {obj} had left.'
    if kind == 4:
        return f"At least {n} {obj} were killed in {place} {day}, {org} {cue}."
    return f"{person}, {role}, {cue} {day} that more than {n} {obj} could arrive in {place} by {2025 + rng.randint(0, 3)}."


def article(seed: int, chars: int) -> str:
    """Return an article body of about `chars` characters in paragraphs of 4-8 sentences."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        para = " ".join(sentence(rng) for _ in range(rng.randint(4, 8)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)[:chars].rsplit(".", 1)[0] + "."
