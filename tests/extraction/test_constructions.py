"""Attribution constructions met in wire copy: participles, split and mid-sentence cues,
passives over the previous sentence, descriptors, coordination, headlines, spokespeople."""
import pytest

from service.extraction.attribution import find_actors_and_claims
from service.extraction.sentences import split_sentences


def run(text):
    actors, claims = find_actors_and_claims(text, split_sentences(text))
    names = {a.key: a for a in actors}
    return names, claims


def speakers(text):
    names, claims = run(text)
    return [(names[c.speaker].name if c.speaker in names else None, c.kind, c.content) for c in claims]


def test_participle_saying_that_is_the_subjects_claim():
    text = ("Gov. Greg Gianforte, a Republican, has pushed back against the closure, saying that the "
            "state's utilities still need reliable power in winter.")
    got = speakers(text)
    assert ("Greg Gianforte", "indirect", "the state's utilities still need reliable power in winter") in got


def test_participle_adding_that_runs_on_in_indirect_speech():
    text = "The ministry of health said 42 people were killed, adding that more than 100 were wounded."
    got = speakers(text)
    assert len(got) == 1
    assert got[0][2] == "42 people were killed, adding that more than 100 were wounded"


def test_participle_after_a_quote_takes_the_quote_speaker():
    text = ('"Our ambassador will return to Paris," the foreign ministry said, adding that the safety of '
            'French nationals remained its priority.')
    got = speakers(text)
    assert [g[1] for g in got] == ["direct", "indirect"]
    assert got[0][0] == got[1][0] == "foreign ministry"


def test_mid_sentence_attribution_indirect():
    text = "Andriy Chernyak said the front was stable. The war, he said, will end soon."
    got = speakers(text)
    assert got[-1][0] == "Andriy Chernyak"
    assert "The war" in got[-1][2] and "will end soon" in got[-1][2]


def test_mid_sentence_attribution_with_group_speaker():
    text = "The closure, company executives told investors in a call on Thursday, will eliminate about 330 jobs."
    got = speakers(text)
    assert len(got) == 1 and got[0][0] == "company executives"


def test_split_direct_quote_is_one_claim():
    text = "Mayor Jane Roe visited the site. “We will rebuild,” she said, “but it will take years.”"
    got = speakers(text)
    assert len(got) == 1
    who, kind, content = got[0]
    assert (who, kind) == ("Jane Roe", "direct")
    assert content.startswith("We will rebuild") and content.endswith("it will take years")


def test_passive_attribution_spans_previous_sentence():
    text = ("Two soldiers wrote a letter asking to go to Seoul. This was reported by Yonhap News Agency "
            "on the same day.")
    names, claims = run(text)
    assert len(claims) == 1
    c = claims[0]
    assert names[c.speaker].name == "Yonhap News"
    assert c.content == "Two soldiers wrote a letter asking to go to Seoul"
    assert c.sentence.startswith("Two soldiers") and c.sentence.endswith("on the same day.")


def test_passive_does_not_swallow_the_claim_before_it():
    text = ("Detective Linda Howlett told reporters the case was complex. She said police had traced the "
            "money through 40 accounts. This was confirmed by the bank's chief risk officer.")
    got = speakers(text)
    assert sorted(g[0] for g in got) == ["Linda Howlett", "Linda Howlett", "bank's chief risk officer"]


def test_descriptor_speaker_is_not_the_country_inside_it():
    text = ("Two soldiers wrote a letter. This was stated by the leader of a group of North Korean "
            "defectors in South Korea, Yonhap reports.")
    names, claims = run(text)
    assert len(claims) == 1
    assert names[claims[0].speaker].name != "South Korea"
    assert names[claims[0].speaker].type == "group"
    text = ("The leader of a group of North Korean defectors living in Busan said that many young "
            "defectors drop out of school.")
    got = speakers(text)
    assert got[0][0] == "leader of a group of North Korean defectors living in Busan"


def test_coordinated_claims_are_both_kept():
    text = ("Initially, both sides denied this, but on April 26 Russia officially acknowledged the "
            "participation of North Korean troops in the war.")
    got = speakers(text)
    assert [g[0] for g in got] == ["both sides", "Russia"]
    assert got[1][2].endswith("the participation of North Korean troops in the war")


def test_coordinated_predicate_keeps_the_subject():
    text = ("Kim Seong-min, the head of Free North Korea Radio, welcomed the measure but said that money "
            "alone is not enough.")
    got = speakers(text)
    assert got == [("Kim Seong-min", "indirect", "money alone is not enough")]


@pytest.mark.parametrize("text, speaker, content", [
    ("Quake toll rises to 40, officials say\n\nRescuers dug through the night.", "officials",
     "Quake toll rises to 40"),
    ("N. Korea fires ballistic missile into East Sea: JCS\n\nSEOUL -- The Joint Chiefs of Staff (JCS) "
     "said the missile flew 1,000 km.", "Joint Chiefs of Staff", "N. Korea fires ballistic missile into East Sea"),
    ("Half of Gaza's population faces famine, says UN\n\nGENEVA -- Aid groups warned of more deaths.",
     "United Nations", "Half of Gaza's population faces famine"),
])
def test_headline_attribution(text, speaker, content):
    got = speakers(text)
    assert got[0][0] == speaker and got[0][2] == content


def test_speaker_before_a_relative_clause():
    text = "Mohamed Bazoum, who has been held since the coup, wrote that Niger risked chaos."
    assert speakers(text) == [("Mohamed Bazoum", "indirect", "Niger risked chaos")]


def test_post_verbal_speaker_with_appositive():
    text = ("The floods washed away homes and a bridge, said Bilal Faizi, a spokesman for the provincial "
            "rescue service.")
    got = speakers(text)
    assert got == [("Bilal Faizi", "indirect", "The floods washed away homes and a bridge")]


def test_in_a_statement_the_ministry_said():
    text = ("The Ministry of Unification announced new support on Monday. In a statement, the ministry "
            "said 236 defectors arrived last year.")
    got = speakers(text)
    assert got[-1] == ("Ministry of Unification", "indirect", "236 defectors arrived last year")


def test_told_outlet_is_the_hearer_not_the_speaker():
    text = "Gul Zaman told Reuters that his brother was still missing."
    names, claims = run(text)
    assert [names[c.speaker].name for c in claims] == ["Gul Zaman"]
    assert claims[0].content == "his brother was still missing"
    text = '"We are operating on the floor," one surgeon told Reuters.'
    got = speakers(text)
    assert got == [("surgeon", "direct", "We are operating on the floor")]


def test_according_to_figures_from_an_organisation():
    text = ("According to figures from the International Organization for Migration, about 2.5 million "
            "people have fled.")
    assert speakers(text) == [("International Organization for Migration", "indirect",
                               "about 2.5 million people have fled")]


@pytest.mark.parametrize("text, speaker", [
    ("A spokesperson for Nike Inc said the company had no plans to close stores.", "Nike Inc"),
    ("A State Department spokesman said Washington was reviewing all options.", "State Department"),
    ("A Nike spokesperson said the company remained committed.", "Nike"),
    ("A spokeswoman for Talen Energy, Taryne Williams, said the company would spend $40 million.",
     "Taryne Williams"),
])
def test_spokesperson_speaks_for_the_organisation_unless_named(text, speaker):
    got = speakers(text)
    assert got and got[0][0] == speaker


@pytest.mark.parametrize("text, speaker, typ", [
    ("The death toll rose to 157 on Saturday, officials said.", "officials", "group"),
    ("Ukrainian officials said the soldiers could travel.", "Ukraine", "country"),
    ("Witnesses said the water rose within minutes.", "Witnesses", "group"),
])
def test_officials_and_groups(text, speaker, typ):
    names, claims = run(text)
    assert len(claims) == 1
    actor = names[claims[0].speaker]
    assert (actor.name, actor.type) == (speaker, typ)


def test_partial_quote_in_indirect_speech_is_indirect():
    text = 'Chuck Schumer said Republicans were "marching the country toward a shutdown."'
    assert speakers(text)[0][1] == "indirect"


def test_noun_uses_of_cue_words_are_not_cues():
    text = ("Shelling killed 42 people, according to the ministry of health in North Darfur state. "
            "More than 100 were wounded, the ministry said in a statement posted on Facebook.")
    got = speakers(text)
    assert len(got) == 2
    assert got[0][0] == got[1][0] == "ministry of health in North Darfur state"
