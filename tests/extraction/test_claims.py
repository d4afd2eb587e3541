"""Claims: cues, speakers (named, pronoun, descriptor, group) and content spans."""
import pytest

from service.extraction.attribution import find_actors_and_claims
from service.extraction.sentences import split_sentences


def claims_of(text):
    actors, claims = find_actors_and_claims(text, split_sentences(text))
    names = {a.key: a.name for a in actors}
    return [(names.get(c.speaker), c.kind, c.content, c) for c in claims]


@pytest.mark.parametrize("text, speaker, kind, content", [
    # Reuters: speaker after the quote
    ('"We will adjust policy if needed," Governor Kazuo Ueda told reporters.', "Kazuo Ueda", "direct",
     "We will adjust policy if needed"),
    # AP: inverted cue
    ('"The toll will rise," said Ram Thapa, a police official.', "Ram Thapa", "direct", "The toll will rise"),
    # Kyiv Independent: that-clause with a time adverbial
    ("The head of GUR Kyrylo Budanov said in January 2025 that North Korea plans to send 150 missiles.",
     "Kyrylo Budanov", "indirect", "North Korea plans to send 150 missiles"),
    # Yonhap: content first, organisation after
    ("The missile flew about 1,100 kilometers, the Joint Chiefs of Staff said.", "Joint Chiefs of Staff",
     "indirect", "The missile flew about 1,100 kilometers"),
    # Al Jazeera: according to, at the end
    ("At least 42 people were killed, according to the Health Ministry.", "Health Ministry", "indirect",
     "At least 42 people were killed"),
    # BBC: according to, at the start
    ("According to Reuters, the deal is worth $2bn.", "Reuters", "indirect", "the deal is worth $2bn"),
    # Guardian: appositive role between speaker and cue
    ("Paul Dales, chief economist at Capital Economics, said inflation remained sticky at 5.9%.", "Paul Dales",
     "indirect", "inflation remained sticky at 5.9%"),
    # NYT: told + hearer + colon quote
    ('Ms. Smith told The New York Times: "We had no warning."', "Smith", "direct", "We had no warning"),
    # described ... as
    ("Jane Roe described the troops as skilled and brave.", "Jane Roe", "indirect", "skilled and brave"),
    # object frame
    ("Russia officially acknowledged the participation of foreign troops.", "Russia", "indirect",
     "the participation of foreign troops"),
    # group speaker
    ("Western media wrote that Russia had received missiles.", "Western media", "indirect",
     "Russia had received missiles"),
    # demonym + state noun
    ("Ukrainian officials have suggested that the soldiers could travel.", "Ukraine", "indirect",
     "the soldiers could travel"),
])
def test_single_claim(text, speaker, kind, content):
    claims = claims_of(text)
    assert len(claims) == 1, claims
    got_speaker, got_kind, got_content, _ = claims[0]
    assert (got_speaker, got_kind, got_content) == (speaker, kind, content)


def test_pronoun_and_descriptor_resolution():
    text = ("Reuters reported that North Korea had handed over shells. The publication noted that this was "
            "significant. Andriy Chernyak said losses were heavy. He estimated that around 6,000 soldiers "
            "remain, with an additional 150,000 expected to be sent.")
    claims = claims_of(text)
    assert [c[0] for c in claims] == ["Reuters", "Reuters", "Andriy Chernyak", "Andriy Chernyak"]
    assert claims[3][2] == "around 6,000 soldiers remain, with an additional 150,000 expected to be sent"


def test_multi_sentence_quote_is_one_claim():
    text = ('"We maintain strong ties with Seoul. Therefore, the move could be feasible," Chernyak explained.')
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0][2].startswith("We maintain") and claims[0][2].endswith("feasible")


def test_quote_paragraph_continues_claim():
    text = ('The chancellor, Jeremy Hunt, welcomed the data. "Inflation is back to normal," he said.\n\n'
            '"But we are not complacent."')
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0][0] == "Jeremy Hunt"
    assert "complacent" in claims[0][2]


def test_nested_source_kept_on_main_claim():
    text = "Lee Seong-kweun said the National Intelligence Service had told lawmakers that tests may follow."
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0][0] == "Lee Seong-kweun"


def test_passive_this_was_stated_by():
    text = "Two soldiers wrote a letter. This was stated by the leader of a defectors group, Yonhap reports."
    claims = claims_of(text)
    assert claims and claims[0][2] == "Two soldiers wrote a letter"


def test_passive_without_agent_is_no_claim():
    assert claims_of("If their intent to defect is confirmed, the government will support them.") == []


def test_cited_source_is_recorded_on_the_claim():
    from service.extraction import extract
    ex = extract("Lee Seong-kweun said, citing the National Intelligence Service, that 3,000 troops were sent.")
    names = {a.key: a.name for a in ex.actors}
    assert len(ex.claims) == 1 and names[ex.claims[0].speaker] == "Lee Seong-kweun"
    assert names[ex.claims[0].source] == "National Intelligence Service"
