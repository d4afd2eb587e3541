"""The whole pipeline: deterministic output, title offsets, figure-claim links, actor merging."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from service.extraction import extract

ROOT = Path(__file__).resolve().parents[2]


def test_output_is_the_same_whatever_the_hash_seed():
    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(subprocess.run([sys.executable, "-m", "service", "extract", *files], cwd=ROOT, env=env,
                                capture_output=True, text=True, check=True).stdout)
    assert len(outs) == 1


def test_title_items_point_into_the_title_and_body_items_into_the_body():
    title = "Quake kills 40 in coastal town"
    body = "Rescuers said 120 people were hurt. \"We keep digging,\" said Maria Lopez, the mayor."
    ex = extract(body, title=title)
    sections = {(f.section, f.value) for f in ex.figures}
    assert ("title", 40) in sections and ("body", 120) in sections
    for f in ex.figures:
        text = title if f.section == "title" else body
        assert text[f.start:f.end] == f.text


def test_figure_takes_the_speaker_of_its_claim():
    ex = extract("Andriy Chernyak, a spokesman for the agency, said about 6,000 soldiers remain.")
    fig = next(f for f in ex.figures if f.value == 6000)
    speaker = next(a for a in ex.actors if a.key == fig.claimant)
    assert speaker.name == "Andriy Chernyak" and fig.approximate


def test_figure_before_a_backward_attribution_stays_in_the_article_voice():
    ex = extract("Two soldiers wrote a letter to the ministry. This was stated by Kim Young-ho, Yonhap reports.")
    fig = next(f for f in ex.figures if f.value == 2)
    assert fig.claim is not None and fig.claimant is None


def test_actors_sharing_a_name_are_merged():
    ex = extract("Nato said it would respond. Later, NATO officials said 3 jets were scrambled.")
    natos = [a for a in ex.actors if a.name.lower() == "nato" or "NATO" in a.aliases or "Nato" in a.aliases]
    assert len(natos) == 1


def test_extraction_imports_without_flask_or_sqlalchemy():
    code = ("import sys; sys.modules['flask'] = None; sys.modules['sqlalchemy'] = None; "
            "from service.extraction import extract; print(len(extract('Police said 3 died.').figures))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


def test_a_country_s_ministry_speaks_for_itself_but_its_government_for_the_country():
    from service.extraction.export import to_resources

    ministry = to_resources(extract("Lebanon's health ministry said 14 people were killed in the strike."))
    assert ministry["claims"][0]["speaker"]["name"] == "Lebanon's health ministry"
    assert ministry["figures"][0]["claimant"]["name"] == "Lebanon's health ministry"
    government = to_resources(extract("Russia's government said 3 drones were downed overnight."))
    assert government["claims"][0]["speaker"]["name"] == "Russia"


def test_bodies_and_crowds_named_only_by_kind_are_speakers():
    from service.extraction.export import to_resources

    for text, speaker in (("The city's fire brigade said 30 homes had burned down.", "fire brigade"),
                          ("Volunteers said 200 meals were handed out on Sunday.", "Volunteers")):
        out = to_resources(extract(text))
        assert speaker in out["claims"][0]["speaker"]["name"]
        assert out["figures"][0]["claimant"]["name"] == out["claims"][0]["speaker"]["name"]
