"""Actors: names, titles, roles, countries from demonyms and capitals, aliases."""
import pytest

from service.extraction.attribution import find_actors_and_claims
from service.extraction.sentences import split_sentences


def actors_of(text):
    actors, _ = find_actors_and_claims(text, split_sentences(text))
    return {a.name: a for a in actors}


@pytest.mark.parametrize("text, name, typ", [
    ("President Volodymyr Zelensky said on Monday that talks would resume.", "Volodymyr Zelensky", "person"),
    ("The head of GUR Kyrylo Budanov said the strike was planned.", "Kyrylo Budanov", "person"),
    ("North Korean leader Kim Jong Un inspected a factory, KCNA reported.", "Kim Jong Un", "person"),
    ("Finance Minister Katsunobu Kato told parliament the yen was weak.", "Katsunobu Kato", "person"),
    ("Lawmaker Lee Jae-myung said the vote would go ahead.", "Lee Jae-myung", "person"),
    ("S. Korea's Ministry of Foreign Affairs confirmed the report.", "South Korea's Ministry of Foreign Affairs", "organization"),
    ("Shares of Samsung Electronics rose 3%, the Korea Exchange said.", "Samsung Electronics", "organization"),
    ("Ukrainian forces captured two soldiers in January.", "Ukraine", "country"),
    ("Moscow denied the report on Tuesday.", "Russia", "country"),
    ("The Joint Chiefs of Staff (JCS) said the missile flew 1,000 km.", "Joint Chiefs of Staff", "organization"),
    ("The soldiers are identified as Baek (21), a rifleman.", "Baek", "person"),
    ("The DPRK fired two missiles, Yonhap News reported.", "North Korea", "country"),
])
def test_actor_found(text, name, typ):
    actors = actors_of(text)
    assert name in actors, list(actors)
    assert actors[name].type == typ


@pytest.mark.parametrize("text, absent", [
    ("Earlier, the troops withdrew from the Kursk region.", {"Earlier", "Kursk"}),
    ("Despite the rain, officials said the Sumy region was calm.", {"Despite", "Sumy"}),
    ("Regarding the talks, the minister said on Monday that nothing was agreed.", {"Regarding", "Monday"}),
    ("North Korean soldiers were sent to the front in October.", {"North Korean", "October"}),
    ("The letter reached a camp near Kyiv in early December.", {"Kyiv", "Ukraine"}),
])
def test_not_an_actor(text, absent):
    assert not absent & set(actors_of(text))


def test_last_name_is_alias_and_description_kept():
    text = ("Andriy Chernyak, spokesperson for Ukraine's Intelligence Directorate, told Reuters the war "
            "would go on. Chernyak added that losses were heavy.")
    actors = actors_of(text)
    person = actors["Andriy Chernyak"]
    assert "Chernyak" in person.aliases
    assert person.description.startswith("spokesperson for")
    assert len(person.mentions) == 2


def test_lone_family_name_stays_itself():
    actors = actors_of("Lee (26) told the newspaper that he wanted to go to South Korea.")
    assert "Lee" in actors and actors["Lee"].type == "person"
