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


# --- short or single-word organisations: pollsters, banks, brokers, outlets, legislatures ---
@pytest.mark.parametrize("text, name", [
    ("A new Deltapoll survey showed support for the plan had fallen to 31%.", "Deltapoll"),
    ("Analysts at Berenberg said the shares still looked cheap.", "Berenberg"),
    ("The swing was larger than forecast, according to modelling by ComRes.", "ComRes"),
    ("Focaldata found that most voters wanted an early election.", "Focaldata"),
    ("Berenberg analyst Sarah Lang cut her price target.", "Berenberg"),
    ("The Senate approved the measure late on Friday.", "Senate"),
    ("The bill passed the Senate and now goes to the House, where it faces a tougher vote.",
     "House of Representatives"),
    ("Congress has until Tuesday to act, the Times reported.", "Congress"),
    ("Congress has until Tuesday to act, the Times reported.", "The Times"),
    ("Which? said drivers had been overcharged for years.", "Which?"),
    ("\"Demand is soft,\" said a trader at oil broker TFS.", "TFS"),
])
def test_short_organisation_found(text, name):
    actors = actors_of(text)
    assert name in actors, list(actors)
    assert actors[name].type == "organization"


def test_bare_house_without_a_legislature_is_no_actor():
    assert "House of Representatives" not in actors_of("The House was built in 1920 and sold last year.")


# --- long or compound organisation names ---
@pytest.mark.parametrize("text, name", [
    ("Lashkar-e-Taiba denied any role in the attack.", "Lashkar-e-Taiba"),
    ("Jamaat-e-Islami Bangladesh called a general strike.", "Jamaat-e-Islami Bangladesh"),
    ("A spokesperson for the Sindh provincial government said schools would close.", "Sindh government"),
    ("The Balochistan government said it had imposed a curfew.", "Balochistan government"),
    ("Aisha Noor, a researcher at the Pakistan Institute of Peace Studies, said attacks rose.",
     "Pakistan Institute of Peace Studies"),
    ("Researchers at the Liverpool School of Tropical Medicine said cases had doubled.",
     "Liverpool School of Tropical Medicine"),
    ("Researchers at the London School of Economics & Political Science said wages lagged.",
     "London School of Economics & Political Science"),
    ("Rosa Diaz of Bloomberg Economics said growth would slow.", "Bloomberg Economics"),
    ("The report was written by Reuters Breakingviews Intelligence, an arm of the agency.",
     "Reuters Breakingviews Intelligence"),
])
def test_compound_organisation_is_whole(text, name):
    actors = actors_of(text)
    assert name in actors, list(actors)
    assert actors[name].type == "organization"


@pytest.mark.parametrize("text, absent", [
    ("Aisha Noor, a researcher at the Pakistan Institute of Peace Studies, said attacks rose.",
     {"Pakistan", "Institute of Peace Studies"}),
    ("Researchers at the Liverpool School of Tropical Medicine said cases had doubled.",
     {"Tropical Medicine", "School of Tropical Medicine"}),
    ("Researchers at the London School of Economics & Political Science said wages lagged.",
     {"United Kingdom", "Political Science"}),
])
def test_pieces_of_a_compound_name_are_not_actors(text, absent):
    assert not absent & set(actors_of(text))


# --- two organisations joined by "and" ---
@pytest.mark.parametrize("text, names", [
    ("Qantas Airways and Singapore Airlines suspended flights to the island.",
     {"Qantas Airways", "Singapore Airlines"}),
    ("Mitsubishi Heavy Industries and Kawasaki Heavy Industries won the contract.",
     {"Mitsubishi Heavy Industries", "Kawasaki Heavy Industries"}),
    ("Flights by Korean Air Lines and All Nippon Airways were cancelled.", {"Korean Air Lines", "All Nippon Airways"}),
])
def test_two_organisations_joined_by_and(text, names):
    actors = actors_of(text)
    assert names <= set(actors), list(actors)
    assert all(actors[n].type == "organization" for n in names)


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Trade and Industry said exports rose.", "Ministry of Trade and Industry"),
    ("The Food and Drug Administration approved the drug.", "Food and Drug Administration"),
])
def test_and_inside_one_name_is_kept(text, name):
    assert name in actors_of(text)


# --- company names with a legal suffix ---
@pytest.mark.parametrize("text, name", [
    ("Tokyo Electric Power Co. said about 9,000 homes had lost power.", "Tokyo Electric Power Co."),
    ("Hanwha Ocean Co. said it would build two more ships.", "Hanwha Ocean Co."),
    ("Shares of Acme Widgets Ltd fell 4% on Monday.", "Acme Widgets Ltd"),
    ("Shikoku Railway Corp. halted trains on Friday.", "Shikoku Railway Corp."),
])
def test_company_with_legal_suffix_is_one_organisation(text, name):
    actors = actors_of(text)
    assert name in actors, list(actors)
    assert actors[name].type == "organization"
    assert not [a for a in actors.values() if a.type == "person"]


def test_known_company_keeps_its_legal_suffix_in_the_mention():
    actors = actors_of("Toyota Motor Corp. said it would halt output at two plants.")
    assert "Toyota Motor Corp." in actors["Toyota"].aliases


# --- a later short form is the organisation named earlier ---
@pytest.mark.parametrize("text, name, short", [
    ("Marlow Foods Inc. beat estimates. Marlow said it expects sales to grow.", "Marlow Foods Inc.", "Marlow"),
    ("Kansai Electric Power Co. restarted a reactor. Kansai Electric said output was normal.",
     "Kansai Electric Power Co.", "Kansai Electric"),
    ("Shares in Norwell Banking Group fell. A spokesperson for Norwell said it would appeal.",
     "Norwell Banking Group", "Norwell"),
])
def test_short_form_is_alias_of_organisation(text, name, short):
    actors = actors_of(text)
    assert short not in actors, list(actors)
    assert short in actors[name].aliases


def test_country_short_form_is_not_the_company():
    actors = actors_of("Japan Airlines cancelled 40 flights. Japan said it would send aid.")
    assert actors["Japan"].type == "country" and actors["Japan Airlines"].type == "organization"


# --- a country or capital inside a longer proper name ---
@pytest.mark.parametrize("text, absent", [
    ("Priya Shah, an economist at the Royal Bank of Canada, said rates would fall.", {"Canada"}),
    ("Senator Dolores Ruiz of New Mexico voted against the bill.", {"Mexico"}),
    ("A single hot year does not mean the Paris goal has been missed.", {"France"}),
    ("The Beijing Olympics drew record crowds.", {"China", "Beijing Olympics"}),
    ("Officials said the Tokyo Electric Power Co. plant was safe.", {"Japan"}),
])
def test_country_inside_another_name_is_no_mention(text, absent):
    assert not absent & set(actors_of(text))


def test_capital_with_a_state_noun_is_still_the_state():
    assert "Russia" in actors_of("The move angered the Moscow regime, officials said.")


# --- places, events, products and terms are not actors ---
@pytest.mark.parametrize("text, absent", [
    ("Typhoon Shanshan made landfall in Kyushu on Thursday.", {"Typhoon Shanshan", "Shanshan"}),
    ("Hurricane Milton forced two million people to flee.", {"Hurricane Milton", "Milton"}),
    ("Schools in Hyogo Prefecture were closed.", {"Hyogo Prefecture"}),
    ("Families fled to El Obeid last week, she said.", {"El Obeid"}),
    ("Services on the Sanyo Shinkansen were suspended.", {"Sanyo Shinkansen"}),
    ("The scandal could rival payment protection insurance (PPI) in scale.", {"PPI"}),
    ("Chief Cabinet Secretary Yoshimasa Hayashi told reporters the government was ready.", {"Chief Cabinet"}),
])
def test_place_event_or_term_is_not_an_actor(text, absent):
    assert not absent & set(actors_of(text))


def test_title_around_an_organisation_word_describes_the_person():
    actors = actors_of("Chief Cabinet Secretary Yoshimasa Hayashi told reporters the government was ready.")
    assert actors["Yoshimasa Hayashi"].type == "person"
    assert actors["Yoshimasa Hayashi"].description == "Chief Cabinet Secretary"


# --- organisations whose names look like a person's ---
@pytest.mark.parametrize("text, name", [
    ("Close Brothers jumped 23% in after-hours trading.", "Close Brothers"),
    ("Transparency International said corruption had worsened.", "Transparency International"),
    ("The company bought pet-food maker Hollin Provisions in 2022.", "Hollin Provisions"),
    ("Shares in lender Harwood Marsh rose 5%.", "Harwood Marsh"),
])
def test_organisation_not_typed_person(text, name):
    actors = actors_of(text)
    assert name in actors, list(actors)
    assert actors[name].type == "organization"


# --- family name first ---
def test_family_name_first_alias_is_the_family_name():
    actors = actors_of("Lee Sung-kwon, a lawmaker, said the vote would go ahead. Lee added that he was confident.")
    person = actors["Lee Sung-kwon"]
    assert "Lee" in person.aliases and "Sung-kwon" not in person.aliases
    assert len(person.mentions) == 2


def test_western_name_keeps_its_surname_alias():
    actors = actors_of("Lee Anderson, a lawmaker, said the vote would go ahead. Anderson added that he was confident.")
    assert "Anderson" in actors["Lee Anderson"].aliases and len(actors["Lee Anderson"].mentions) == 2


def test_camel_case_product_is_not_an_organisation():
    assert "FedWatch" not in actors_of("Traders now see a 70% chance of a cut, according to CME's FedWatch tool.")


def test_corporate_suffix_alias_drops_the_ampersand():
    actors = actors_of("Losses could reach $30 billion, according to estimates from Karen Clark & Co.")
    org = next(a for a in actors.values() if a.name.startswith("Karen Clark & Co"))
    assert org.type == "organization" and "Karen Clark &" not in org.aliases


def test_known_name_opening_a_name_that_defines_an_acronym():
    actors = actors_of("UN Women and Children Relief (UNWCR) said aid fell. UNWCR warned of famine.")
    assert "UN Women and Children Relief" in actors, list(actors)
    assert "UNWCR" in actors["UN Women and Children Relief"].aliases


def test_party_inside_a_listed_ministry_name_is_not_the_party():
    actors = actors_of("The Ministry of Health, Labour and Welfare said 12 people had died.")
    assert "Ministry of Health, Labour and Welfare" in actors, list(actors)
    assert "Labour" not in actors and "Labour Party" not in actors


def test_labor_alone_is_the_australian_party():
    actors = actors_of("Labor will keep its promise on housing, the treasurer said.")
    assert actors["Australian Labor Party"].type == "organization"


def test_party_members_are_a_group_not_a_person():
    actors = actors_of("Conservative MPs said the plan would fail.")
    assert not any(a.type == "person" for a in actors.values()), list(actors)


@pytest.mark.parametrize("text, name", [
    ("China will expand imports, Vice Premier He Lifeng said on Friday.", "He Lifeng"),
    ("He Yuming, an economist at Peking University, said prices fell.", "He Yuming"),
])
def test_chinese_surname_he_is_not_the_pronoun(text, name):
    actors = actors_of(text)
    assert actors[name].type == "person", list(actors)


def test_pronoun_he_before_a_verb_stays_a_pronoun():
    actors = actors_of("He told Reuters on Monday that Beijing would respond.")
    assert not any(name.startswith("He ") for name in actors), list(actors)


def test_role_word_that_names_a_magazine_before_a_person_is_a_role():
    actors = actors_of("Economist Jane Foley said rates would rise.")
    assert "Jane Foley" in actors and "The Economist" not in actors, list(actors)


@pytest.mark.parametrize("text, name, typ", [
    ("Unite, the UK's second-largest union, said 40,000 jobs remained unfilled.", "Unite", "organization"),
    ("Okafor, a farmer, said 12 cows had died.", "Okafor", "person"),
    ("Basal, spokesman for the Civil Defence agency, said three people died.", "Basal", "person"),
    ('"I thought my son would too," said Travis Kuhl, a boiler operator.', "Travis Kuhl", "person"),
])
def test_appositive_head_types_the_name(text, name, typ):
    assert actors_of(text)[name].type == typ


@pytest.mark.parametrize("text, name, alias", [
    ("The unemployment rate rose to 4.3%, the Labor Department said.", "Labor Department", "U.S. Department of Labor"),
    ("More than 26,000 people have been killed, according to ACLED.", "ACLED",
     "Armed Conflict Location and Event Data Project"),
    ("The International Monetary Fund (IMF) cut its forecast.", "International Monetary Fund", "IMF"),
    ("Congress has until Tuesday to act, the Times reported.", "The Times", "the Times"),
])
def test_lexicon_body_is_named_as_the_article_writes_it(text, name, alias):
    actors = actors_of(text)
    assert name in actors, list(actors)
    assert alias in actors[name].aliases


def test_brussels_speaking_is_the_eu_and_a_place_otherwise():
    actors = actors_of("Brussels has said it will review the arrangement.")
    assert any(a.type == "organization" and "European Union" in [a.name, *a.aliases] for a in actors.values())
    assert actors_of("Ministers met in Brussels on Monday.") == {}


@pytest.mark.parametrize("text, name, alias", [
    ("The UN human rights office said at least 460 people had been killed.", "UN human rights office", None),
    ("The maritime prefecture for the Channel and North Sea said 58 people were rescued.",
     "maritime prefecture for the Channel and North Sea", "maritime prefecture"),
    ("The state meteorological agency, Aemet, said 46C was recorded.", "Aemet", "state meteorological agency"),
])
def test_lower_case_bodies_with_a_prefix_an_area_or_a_name(text, name, alias):
    actors = actors_of(text)
    assert name in actors and actors[name].type == "organization", list(actors)
    assert alias is None or alias in actors[name].aliases


def test_acronym_before_its_own_description_is_that_body():
    actors = actors_of("The CGT labor federation said 3 million people marched.")
    assert "CGT" in actors and not any("federation" in n for n in actors), list(actors)


def test_capital_as_a_given_name_after_and_is_a_person():
    actors = actors_of("(Reporting by Jorge Paredes and Sofia Ledesma; Editing by Kieran Walsh)")
    assert "Bulgaria" not in actors, list(actors)


@pytest.mark.parametrize("text, name, alias", [
    ("Ursula von der Leyen said the talks would continue.", "Ursula von der Leyen", "von der Leyen"),
    ('"We are no longer talking about isolated days," said Rubén del Pozo, an Aemet spokesperson.',
     "Rubén del Pozo", "del Pozo"),
])
def test_names_with_particles_inside(text, name, alias):
    actors = actors_of(text)
    assert actors[name].type == "person" and alias in actors[name].aliases, list(actors)


def test_izafat_names_with_ul_are_bodies():
    actors = actors_of("The Ittehad-ul-Mujahideen Pakistan, an alliance of militant groups, claimed responsibility.")
    assert actors["Ittehad-ul-Mujahideen Pakistan"].type == "organization" and "Pakistan" not in actors


@pytest.mark.parametrize("text, name", [
    ("Most patients are children, the Utah Department of Health and Human Services said.",
     "Utah Department of Health and Human Services"),
    ("The Texas Department of State Health Services said three people died.", "Texas Department of State Health Services"),
])
def test_a_states_own_department_is_not_the_federal_one(text, name):
    actors = actors_of(text)
    assert name in actors, list(actors)


@pytest.mark.parametrize("text, name", [
    ("Bannu Regional Police Officer Sajjad Khan said three people died.", "Sajjad Khan"),
    ("AP Economics Writer Daniel Ferris contributed to this report.", "Daniel Ferris"),
])
def test_person_after_a_title_ending_a_body_name(text, name):
    actors = actors_of(text)
    assert actors[name].type == "person", list(actors)


@pytest.mark.parametrize("text", ["Kuji Port was hit by a 20 cm wave.", "Andhra Pradesh reported four deaths."])
def test_place_names_ending_in_place_words_are_not_people(text):
    assert not any(a.type == "person" for a in actors_of(text).values())


def test_demonym_body_that_speaks_is_that_body_and_forces_are_the_state():
    actors = actors_of("Russia launched 653 drones, the Ukrainian air force said. Ukrainian forces repelled 40 attacks.")
    assert actors["Ukrainian air force"].type == "organization" and actors["Ukraine"].type == "country"


def test_countrys_foreign_ministry_is_a_body_and_its_military_the_state():
    actors = actors_of("Israel's foreign ministry said three envoys left. South Korea's military said two missiles flew.")
    assert actors["Israel's foreign ministry"].type == "organization" and actors["South Korea"].type == "country"


def test_un_bodies_named_several_ways_are_one_actor():
    actors = actors_of("Gang attack kills at least 42, UN rights office says\n\nThe United Nations human rights office "
                       "said on Tuesday that 42 people died. The United Nations refugee agency said 4 million fled, "
                       "according to UNHCR figures.")
    offices = [a for a in actors.values() if "rights office" in a.name]
    assert len(offices) == 1 and offices[0].name == "United Nations human rights office"
    refugees = [a for a in actors.values() if "UNHCR" in [a.name, *a.aliases]]
    assert len(refugees) == 1 and "refugee agency" in refugees[0].name


@pytest.mark.parametrize("text, name, typ", [
    ("Environment and Climate Change Canada warned of 50 mm of rain.", "Environment and Climate Change Canada",
     "organization"),
    ("Aoun called on the United States and France to act.", "France", "country"),
    ("Fires burned in New South Wales and South Australia.", None, None),
])
def test_federal_department_named_by_remit_and_country(text, name, typ):
    actors = actors_of(text)
    if name is None:
        assert not any(a.type == "organization" for a in actors.values()), list(actors)
    else:
        assert actors[name].type == typ, list(actors)


@pytest.mark.parametrize("text, name", [
    ("Minister for Foreign Affairs Penny Wong said four Australians died.", "Penny Wong"),
    ("Secretary for Security Raymond Kwok Wai-man said 26 shelters had opened.", "Raymond Kwok Wai-man"),
])
def test_title_with_a_portfolio_before_a_name(text, name):
    assert actors_of(text)[name].type == "person"


@pytest.mark.parametrize("text, absent", [
    ("Admissions rose in the North of England.", "North Korea"),
    ("The strike cost NIS 20 million in damage.", "National Intelligence Service"),
    ("Growth slowed in Southeast Asia.", "Southeast Asia"),
    ("The Nikkei Stock Average fell 2%.", "Nikkei Stock Average"),
    ("Smoke rose over Nemeiben Lake.", "Nemeiben Lake"),
])
def test_places_currencies_and_indices_are_no_actors(text, absent):
    actors = actors_of(text)
    assert absent not in actors and not any(absent in a.aliases for a in actors.values()), list(actors)


def test_currency_prefix_ends_a_name():
    assert "Brightline Systems" in actors_of("Minase sold Brightline Systems for C$3 billion.")


@pytest.mark.parametrize("text, name", [
    ("Georgia Power said about 14,000 customers were without electricity.", "Georgia Power"),
    ("The Kenya Power and Lighting Company said 70% of customers had power.", "Kenya Power and Lighting Company"),
])
def test_utilities_are_companies_not_people(text, name):
    assert actors_of(text)[name].type == "organization"


@pytest.mark.parametrize("text, name, typ", [
    ("Émile Dupont said three people died.", "Émile Dupont", "person"),
    ("Łukasz Nowak said six people died.", "Łukasz Nowak", "person"),
    ('"We are full," said Pádraig Ó Briain. Mr Ó Briain said the figures were shocking.', "Pádraig Ó Briain", "person"),
    ("The Association of British Insurers (ABI) estimated that claims would rise.", "Association of British Insurers",
     "organization"),
    ("The British Chambers of Commerce (BCC) said half of firms would cut jobs.", "British Chambers of Commerce",
     "organization"),
    ("Andora Copper Plc raised its forecast.", "Andora Copper Plc", "organization"),
])
def test_accented_capitals_demonyms_inside_bodies_and_plc(text, name, typ):
    actors = actors_of(text)
    assert actors[name].type == typ, list(actors)
    assert len([a for a in actors.values() if a.type == "person"]) <= 1


@pytest.mark.parametrize("text, name", [
    ("Ukraine's air force said Russia had launched 40 drones.", "Ukraine's air force"),
    ("Peru's navy said there was no risk of a tsunami.", "Peru's navy"),
])
def test_a_countrys_air_force_or_navy_is_a_body(text, name):
    assert actors_of(text)[name].type == "organization"
