"""Cross-article actor identity: same body, same actor; lone surnames stay apart."""
from __future__ import annotations

import pytest

from service.extraction.types import Actor as Found
from service.store import actors


def _resolve(session, name, type_, aliases=(), description=None):
    actor = actors.resolve(session, Found(key="a1", name=name, type=type_, aliases=list(aliases),
                                          description=description))
    session.flush()
    return actor


@pytest.mark.parametrize("first,second", [
    (("North Korea", "country", ["DPRK"]), ("North Korea", "country", [])),
    (("North Korea", "country", ["DPRK"]), ("DPRK", "country", [])),
    (("Andriy Chernyak", "person", ["Chernyak"]), ("Andriy Chernyak", "person", [])),
    (("National Intelligence Service", "organization", ["NIS"]), ("NIS", "organization", [])),
    (("The Chosun Daily", "organization", []), ("Chosun Daily", "organization", [])),
])
def test_same_actor_across_articles(session, first, second):
    a = _resolve(session, *first)
    b = _resolve(session, *second)
    assert a.id == b.id


@pytest.mark.parametrize("first,second", [
    (("Lee", "person", []), ("Lee", "person", [])),                      # two different Lees
    (("Lee Jae-myung", "person", ["Lee"]), ("Lee", "person", [])),      # a lone surname is not the full name
    (("Lee Jae-myung", "person", []), ("Lee Jun-seok", "person", [])),
    (("Georgia", "country", []), ("Georgia", "person", [])),            # same name, different type
])
def test_different_actors_stay_apart(session, first, second):
    a = _resolve(session, *first)
    b = _resolve(session, *second)
    assert a.id != b.id


def test_lone_surname_with_same_role_is_the_same_person(session):
    a = _resolve(session, "Baek", "person", description="a rifleman")
    b = _resolve(session, "Baek", "person", description="a rifleman")
    c = _resolve(session, "Baek", "person", description="a lawmaker")
    assert a.id == b.id != c.id


def test_new_aliases_are_added(session):
    a = _resolve(session, "North Korea", "country", ["DPRK"])
    _resolve(session, "North Korea", "country", ["Democratic People's Republic of Korea"])
    assert set(a.alias_names) >= {"DPRK", "Democratic People's Republic of Korea"}
