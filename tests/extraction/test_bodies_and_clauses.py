"""Bodies named in lower case, acronyms, count cues, two speakers in one sentence, shared
subjects, stacked appositives and names that contain a country's name."""
from service.extraction import extract


def read(text):
    """Return (actors by key, claims, figures) of one text."""
    x = extract(text)
    return {a.key: a for a in x.actors}, x.claims, x.figures


def speaker_names(text):
    """Return (speaker name or group, content) for each claim."""
    actors, claims, _ = read(text)
    return [(actors[c.speaker].name if c.speaker in actors else c.speaker_group, c.content) for c in claims]


def claimant_of(text, value):
    """Return the claimant name (actor or group) of the figure with `value`."""
    actors, _, figures = read(text)
    fig = next(f for f in figures if f.value == value)
    return actors[fig.claimant].name if fig.claimant in actors else fig.claimant_group


def test_lower_case_ministry_with_a_country_owner_is_an_organisation():
    actors, claims, _ = read("Chile's health ministry said 31 people had died in the heatwave.")
    body = actors[claims[0].speaker]
    assert (body.type, body.name) == ("organization", "Chile's health ministry")
    assert "health ministry" in body.aliases


def test_body_without_owner_is_an_organisation_and_a_bare_head_is_not():
    actors, claims, _ = read("The transport ministry said 12 lines were shut. The ministry said more would follow.")
    assert actors[claims[0].speaker].type == "organization"
    assert claims[1].speaker == claims[0].speaker  # "the ministry" refers back to it


def test_generic_or_described_bodies_stay_groups():
    for text in ("The local council said the road would close.",
                 "The country's highest court said the law was void.",
                 "His office said the trip was cancelled."):
        actors, claims, _ = read(text)
        assert not [a for a in actors.values() if a.type == "organization"], text


def test_lower_case_body_matches_the_named_ministry():
    text = ("The Ministry of Labour published its figures on Monday. "
            "The labour ministry said 4,000 workers had lost their jobs.")
    actors, claims, _ = read(text)
    assert actors[claims[-1].speaker].name == "Ministry of Labour"


def test_civil_defence_speaks_for_itself():
    assert claimant_of("Syria's civil defence said its teams had rescued 17 people.", 17) == "Syria's civil defence"


def test_put_the_figure_at_is_a_claim_by_any_body():
    text = "The county treasurer's office put the shortfall at $3.2 million for the coming year."
    assert claimant_of(text, 3_200_000) == "county treasurer's office"
    assert speaker_names("Officials put pressure on the board to resign.") == []


def test_counted_with_a_number_is_a_claim():
    text = "The teachers' federation, for its part, counted 41,000 marchers in the capital."
    assert claimant_of(text, 41_000) == "teachers' federation"
    assert speaker_names("The company counted on its allies in parliament.") == []


def test_while_clause_with_its_own_speaker_is_its_own_claim():
    text = ("Amtrak said only 60 percent of trains were running, while Metro, the city's subway "
            "operator, reported that nine stations were closed.")
    got = speaker_names(text)
    assert got[0] == ("Amtrak", "only 60 percent of trains were running")
    assert claimant_of(text, 9) == "Metro"


def test_second_cue_after_but_shares_the_subject():
    text = ("Economists at Nomura expect inflation to ease to about 2.5 per cent, but cautioned that "
            "energy prices could rise again.")
    got = speaker_names(text)
    assert ("Nomura", "energy prices could rise again") in got


def test_participle_after_with_names_its_own_speaker():
    text = "The river burst its banks overnight, with rescuers saying the water could rise further."
    assert speaker_names(text) == [("rescuers", "the water could rise further")]


def test_person_before_two_appositives_is_the_speaker():
    text = ("Ahmed Farouk, head of the CTU, the country's biggest labour federation, said the strike "
            "would go on.")
    assert speaker_names(text)[0] == ("Ahmed Farouk", "the strike would go on")


def test_person_with_age_and_relative_clause_is_the_speaker():
    text = ("Farmer Jane Oduya, 58, who lost half her herd in the drought, told the BBC she would not "
            "replant this year.")
    assert speaker_names(text)[0][0] == "Jane Oduya"


def test_person_after_a_body_and_role_after_the_cue():
    text = '"We were not consulted," said Labour councillor Priya Shah.'
    actors, claims, _ = read(text)
    person = actors[claims[0].speaker]
    assert (person.name, person.description) == ("Priya Shah", "Labour councillor")


def test_acronyms_named_as_bodies_are_actors():
    actors, _, _ = read("The KCTU union said 80,000 workers joined. Officials from the NDRRMC "
                        "arrived later. GDP fell and high-speed KTX trains stopped.")
    orgs = {a.name for a in actors.values() if a.type == "organization"}
    assert {"KCTU", "NDRRMC"} <= orgs
    assert not orgs & {"GDP", "KTX"}


def test_country_names_inside_personal_names():
    actors, claims, _ = read("Coach Michael Jordan said the team would win. Chad Smith, a lawmaker, said "
                             "the bill failed. Jordan said it would reopen the border crossing.")
    names = {(a.name, a.type) for a in actors.values()}
    assert {("Michael Jordan", "person"), ("Chad Smith", "person")} <= names
    assert actors[claims[0].speaker].name == "Michael Jordan"


def test_places_are_not_people():
    actors, _, _ = read("Crowds gathered at City Hall. Fire crews reached Cedar Gap by noon. Rangers "
                        "at Yala National Park counted the elephants. Grace Park, a teacher, said it was calm.")
    people = {a.name for a in actors.values() if a.type == "person"}
    assert people == {"Grace Park"}


def test_headline_with_two_present_tense_claims():
    text = "Teachers' strike: union claims 9,000 marched, police count 3,500\n\nThe strike went on."
    assert claimant_of(text, 9000) == "union"
    assert claimant_of(text, 3500) == "police"


def test_unnamed_source_familiar_with_the_plans():
    text = "The bank will cut 2,000 jobs next year, people familiar with the matter said."
    assert claimant_of(text, 2000) == "people familiar with the matter"


def test_coordinated_and_that_keeps_the_first_clause():
    text = "County officials said the plant would employ 800 people and that the county would spend $4 million."
    assert claimant_of(text, 800) == "County officials"


def test_place_or_manner_after_the_cue_is_not_content():
    text = "Output will rise by 4,000 units a month, Chief Executive Ana Ruiz told reporters at a briefing in Madrid."
    assert claimant_of(text, 4000) == "Ana Ruiz"
    text = "The drones flew about 200 kilometres, a military officer said on condition of anonymity."
    assert claimant_of(text, 200) == "a military officer"  # unnamed speakers keep their article, as written


def test_participle_that_clause_is_not_the_cues():
    text = "Acme Corp will spend $2 billion on a new plant, the company said on Monday, betting that demand will recover."
    assert claimant_of(text, 2_000_000_000) == "Acme Corp"


def test_number_after_said_at_least_is_content():
    assert claimant_of("The health ministry said at least 45 people were killed.", 45) == "health ministry"


def test_relative_that_inside_the_content():
    text = "Norway said it had built a barge costing $90 million that could carry up to 60 trucks."
    assert claimant_of(text, 90_000_000) == "Norway"


def test_comparison_tail_after_according_to_is_the_same_sources():
    text = ("Arrivals reached 2.1 million last year, according to figures from the tourism board, "
            "up from 1.6 million in 2022.")
    assert claimant_of(text, 1_600_000) == claimant_of(text, 2_100_000) == "tourism board"


def test_trailing_in_addition_to_after_the_cue():
    text = "The state will pay up to $50 million, an official said, on top of $20 million granted last year."
    assert claimant_of(text, 20_000_000) == "an official"


def test_bodies_found_through_speakers_have_mentions():
    x = extract("Heavy rain fell. Chile's health ministry said 31 people had died. The NDMC said more rain was due.")
    for name in ("Chile's health ministry", "NDMC"):
        actor = next(a for a in x.actors if a.name == name)
        m = actor.mentions[0]
        assert (m.text, m.sentence) == (name, 1 if name.startswith("Chile") else 2)
        assert x.sentences[m.sentence].text[m.start - x.sentences[m.sentence].start:][:len(name)] == name



def test_named_relative_who_said_is_a_claim_and_restrictive_who_is_not():
    got = speaker_names("The mayor met Anna Berg, who said 40 homes were lost. People who said they were hurt "
                        "were treated.")
    assert got == [("Anna Berg", "40 homes were lost")]


def test_weekday_after_the_cue_then_a_participle_claim():
    text = ("Floods have killed at least 70 people since June, the UN agency OCHA said Tuesday, warning that "
            "more rain was due.")
    got = speaker_names(text)
    assert [g[1] for g in got] == ["Floods have killed at least 70 people since June", "more rain was due"]


def test_while_clause_with_a_titled_speaker():
    text = "Kim Min-jae said talks had stalled, while Rep. Park Ji-won of the PPP reported that 3 sites were active."
    assert claimant_of(text, 3) == "Park Ji-won"


def test_person_of_the_ruling_party_is_the_speaker():
    text = ("Rep. Cho Hyun of the ruling People Power Party, who sits on the defence committee, told reporters "
            "that 1,000 troops had moved.")
    assert claimant_of(text, 1000) == "Cho Hyun"


def test_bare_authorities_is_a_group():
    text = "CNN reported the fire. The blaze destroyed 12 homes, authorities said."
    assert claimant_of(text, 12) == "authorities"


def test_bodies_named_by_remit_are_actors_without_speaking():
    actors, _, _ = read("Brazil's environment ministry blamed loggers. The Bundestag's budget committee met on "
                        "Friday. The finance ministry published a forecast.")
    orgs = {a.name: a for a in actors.values() if a.type == "organization"}
    assert {"Brazil's environment ministry", "Bundestag's budget committee", "finance ministry"} <= set(orgs)
    assert "environment ministry" in orgs["Brazil's environment ministry"].aliases


def test_body_named_by_remit_after_its_full_name_is_the_same_actor():
    actors, _, _ = read("The National Disaster Management Authority issued a warning. Later the disaster "
                        "authority raised the toll.")
    orgs = [a.name for a in actors.values() if a.type == "organization"]
    assert orgs == ["National Disaster Management Authority"]


def test_identifiers_with_digits_are_not_people():
    actors, _, _ = read("Applicants must file Form I-589 within a year. (END)")
    assert not actors


def test_he_after_a_person_named_lately_and_no_recent_speaker():
    text = ("Tom Albrecht, a lawyer, said the courts were overwhelmed. The backlog grew again. For people like "
            "Oscar Reyes, a roofer, the numbers are abstract. His hearing has been postponed four times. "
            '"I lost a day\'s pay," he said.')
    assert speaker_names(text)[-1][0] == "Oscar Reyes"


def test_the_group_is_the_body_that_just_spoke():
    text = ("The Wagner Group was mentioned. Doctors Without Borders said its teams had treated 9,000 patients. "
            "The group cautioned that cuts had forced it to close two clinics.")
    assert speaker_names(text)[-1][0] == "Doctors Without Borders"


def figure_object(text, value):
    """Return the object of the figure with `value`."""
    return next(f for f in extract(text).figures if f.value == value).object


def test_money_before_an_infinitive_takes_the_verb_noun():
    assert figure_object("Acme will invest $2 billion to build a plant in Ohio.", 2_000_000_000) == "investment"


def test_money_after_a_subject_and_verb_takes_the_verb_noun():
    text = "Germany pledged 300 million euros, while Norway contributed $50 million."
    assert figure_object(text, 50_000_000) == "contribution"
    assert figure_object(text, 300_000_000) == "pledge"


def test_noun_cue_used_as_a_verb_before_an_adverbial_and_that():
    text = "The tax panel, a group of economists, forecast in May that revenues would fall by 12 billion euros."
    assert claimant_of(text, 12_000_000_000) == "tax panel"


def test_identified_by_is_a_passive_attribution():
    got = speaker_names("The gunman was identified by the Georgia Bureau of Investigation as Daniel Dunning.")
    assert got[0][0] == "Georgia Bureau of Investigation"


def test_cue_inside_a_compound_word_is_not_a_cue():
    text = "The club paid an initial fee of €120m, with €20m in potential add-ons, the two clubs said."
    assert speaker_names(text)[0][0] == "two clubs"


def test_participle_with_a_number_content_after_a_main_clause():
    text = "Local activists put the toll far higher, saying between 300 and 400 people had died."
    assert claimant_of(text, None) == "Local activists"


def test_data_of_a_body_is_the_body_speaking():
    text = "About 4.3 million Ukrainians remain under protection status, Eurostat data show."
    assert claimant_of(text, 4_300_000) == "Eurostat"


def test_forecast_verb_with_a_number_object_is_a_claim():
    assert claimant_of("The weather agency had predicted 14 to 21 named storms this season.", None) == "weather agency"
    got = speaker_names("Ukraine expects to receive some $38 billion in financing next year.")
    assert got == []  # a plan, not a forecast


def test_modelling_by_a_body_is_the_body_speaking():
    text = "Modelling by Electoral Calculus based on the poll suggests Reform would win 311 seats."
    assert claimant_of(text, 311) == "Electoral Calculus"


def test_descriptor_with_one_modifier_refers_to_the_company():
    text = ("Halvorsen Foods Inc. cut its outlook. Revenue rose 6.4% to $4.38 billion, the Minneapolis-based "
            "company said.")
    assert claimant_of(text, 6.4) == "Halvorsen Foods Inc."


def test_narration_between_a_quote_and_its_continuation_is_not_the_speakers():
    text = ('"It is a crisis on top of a crisis," Mamadou Sow told Al Jazeera from Adre, a town where more than '
            '230,000 refugees live. "Every day, between 500 and 800 new arrivals cross the border."')
    x = extract(text, title="Refugees")
    actors = {a.key: a.name for a in x.actors}
    claimants = {f.value or f.low: actors.get(f.claimant) for f in x.figures}
    assert claimants[230_000] is None and claimants[500] == "Mamadou Sow"
    assert all(x.claims[0].start < a < b <= x.claims[0].end for a, b in x.claims[0].gaps)


def test_market_instruments_named_after_a_body_are_not_the_body():
    actors, _, _ = read("The yield on the 10-year Treasury note rose 5 basis points. Apple shares fell.")
    assert {a.name for a in actors.values()} == {"Apple"}


def test_headline_role_speaker_and_currency_prefix():
    x = extract("Hackers stole over US$1.2 bln this year: lawmaker\n\nRep. Lee Kang-hoon, a lawmaker, said the "
                "thefts were growing.")
    names = {a.key: a.name for a in x.actors}
    assert "United States" not in names.values()
    assert names.get(x.figures[0].claimant) == "Lee Kang-hoon"


def test_honorific_then_appositive_role_describes_the_person():
    text = ("A hospital administrator said that three patients were in critical condition. Dr. Keisha Monroe, "
            "the hospital administrator, said more would be released.")
    assert [g[0] for g in speaker_names(text)] == ["Keisha Monroe", "Keisha Monroe"]


def test_coordinated_verb_after_the_attribution_is_the_same_sources():
    text = "The firm will use new tools, a person familiar with the plans said, and has ordered 12 machines."
    assert claimant_of(text, 12) == "a person familiar with the plans"


def test_objects_of_put_at_partitive_lead_and_abbreviations():
    assert figure_object("It put the number of cases completed last year at 987,000.", 987_000) \
        == "number of cases completed"
    assert figure_object("Of the wounded, 11 were taken to a hospital in the city.", 11) == "wounded"
    assert figure_object("The firm signed deals with two U.S. cloud providers.", 2) == "U.S. cloud providers"
    assert figure_object("The ministry said 22 of the city's 35 health zones had cases.", 22) == "health zones"
    assert figure_object("More than 40% of the recent fall was due to validation.", 40) == "recent fall"
    assert figure_object("The number of people waiting more than 52 weeks fell to 191,813.", 191_813) \
        == "number of people waiting"


def test_objects_of_infinitive_subjects():
    assert figure_object("Analysts expected Brent to average $85 a barrel in the third quarter.", 85) == "Brent"
    assert figure_object("Raj Patel said input costs were expected to rise by 2% next year.", 2) == "input costs"


def test_comparative_than_clause_is_not_an_attribution():
    text = "Acme said sales rose. The bank left rates at 3.6 per cent, warning that inflation may last longer than it had expected."
    got = speaker_names(text)
    assert [g[0] for g in got] == ["Acme", None] or got[-1][1].startswith("inflation may last")
    assert all(not g[1].startswith("The bank left rates") for g in got)


def test_put_the_toll_at_a_number_word_and_documented():
    assert claimant_of("The disaster office put the island's death toll at four by Tuesday.", 4) == "disaster office"
    text = "The UN office estimates that 6,000 civilians have died, while the AAPP has documented at least 7,400 deaths."
    assert claimant_of(text, 7400) == "AAPP"


def test_data_from_a_body_and_a_bodys_forecasts():
    text = "Rates held after figures from the Australian Bureau of Statistics (ABS) last week showed inflation rose to 3.5 per cent."
    assert claimant_of(text, 3.5) == "Australian Bureau of Statistics"
    text = ("The Reserve Bank of Australia held rates. The bank's updated forecasts, released on Tuesday, show "
            "inflation peaking at 3.7 per cent.")
    assert claimant_of(text, 3.7) == "Reserve Bank of Australia"


def test_lower_case_role_before_a_person_after_the_cue():
    text = '"We received 212 complaints," said state election commissioner Deepak Kulkarni.'
    assert claimant_of(text, 212) == "Deepak Kulkarni"


def test_passive_estimate_with_an_amount_after_the_agent():
    text = "Net reserves were estimated by bankers at about $62 billion."
    assert claimant_of(text, 62_000_000_000) == "bankers"
    assert figure_object(text, 62_000_000_000) == "Net reserves"


def test_it_inside_a_sentence_is_the_body_that_opens_it():
    text = ("Officials in Osaka spoke first. The Tokyo Metropolitan Government began free day care in September, "
            "a programme it estimates will cost about 40 billion yen a year.")
    assert claimant_of(text, 40_000_000_000) == "Tokyo Metropolitan Government"


def test_body_for_a_country_is_one_organisation():
    text = "The Special Advisory Council for Myanmar, a group of experts, said there were 1,600 air strikes."
    assert claimant_of(text, 1600) == "Special Advisory Council for Myanmar"


def test_places_with_saint_and_spanish_articles_are_not_people():
    actors, _, _ = read("The storm hit St. Elizabeth parish. Flights from San Juan resumed. Voters in Trimurti Nagar "
                        "queued. Stellantis NV shares rose.")
    assert {(a.name, a.type) for a in actors.values()} == {("Stellantis NV", "organization")}


def test_named_org_inside_a_descriptor_and_a_governing_board():
    got = speaker_names("KfW lends money. Germany's KfW development bank said it would pay 20 million euros. "
                        "The Reserve Bank of Australia met. The RBA board said rates would hold.")
    assert [g[0] for g in got] == ["KfW", "Reserve Bank of Australia"]


def test_common_plural_nouns_at_a_sentence_start_are_not_bodies():
    got = speaker_names("Households said they were struggling. Property analysts said prices fell.")
    assert [g[0] for g in got] == ["Households", "Property analysts"]


def test_objects_of_share_levels_and_verbs():
    text = "The plan projects growth of 3.3% and a budget deficit of 3.1% of gross domestic product."
    assert figure_object(text, 3.3) == "growth"
    assert figure_object(text, 3.1) == "budget deficit"
    assert figure_object("It includes a 15% cut in discretionary spending.", 15) == "discretionary spending"
    assert figure_object("Small boat arrivals pass 30,000 for the year.", 30_000) == "Small boat arrivals"


def test_second_cue_after_a_closing_quote_and_after_a_pronoun_subject():
    got = speaker_names('The home secretary, Claire Dawson, said the figures were "unacceptable" and insisted that '
                        'the scheme would grow.')
    assert got[-1] == ("Claire Dawson", "the scheme would grow")
    got = speaker_names("Police chief Tom Reed spoke first. He declined to estimate the cost but acknowledged it "
                        "would run into millions.")
    assert got[-1][0] == "Tom Reed"


def test_calculations_by_a_named_site_and_data_firm():
    text = "Repayments fell by about $270, according to calculations by comparison site Canstar."
    assert claimant_of(text, 270) == "Canstar"
    text = "Property data firm Cotality reported national home values rose 0.5%."
    assert claimant_of(text, 0.5) == "Cotality"


def test_group_speaker_loses_a_trailing_place_but_keeps_a_described_group():
    got = speaker_names("A senior police officer in Boulogne-sur-Mer told Le Monde that 12 boats left.")
    assert got[0][0] == "senior police officer"


def test_objects_of_predicates_shortfalls_estimates_and_participles():
    assert figure_object("Of the dead, four were women and three were children.", 4) == "women"
    assert figure_object("The agency faced a shortfall of $278 million for its operations.", 278_000_000) == "shortfall"
    assert figure_object("The Forest Service estimated the cost of fighting the fire at $8.7 million.", 8_700_000) \
        == "cost of fighting the fire"
    assert figure_object("Passenger unit revenue rose 1.9% excluding currency effects.", 1.9) == "Passenger unit revenue"
    assert figure_object("It said debt owed to energy suppliers had hit a record £4.4bn.", 4_400_000_000) == "debt owed"


def test_decimal_amount_with_a_suffix_ends_a_sentence():
    x = extract("Debt hit a record £4.4bn. Analysts have forecast a fall.")
    assert [s.text for s in x.sentences] == ["Debt hit a record £4.4bn.", "Analysts have forecast a fall."]


def test_that_after_a_later_cue_is_the_later_cues():
    text = "The SNCF said 40 percent of trains ran, while the RATP reported that eight lines were closed."
    assert claimant_of(text, 40) == "SNCF"
    assert claimant_of(text, 8) == "RATP"


def test_a_cue_word_before_a_number_is_not_its_label():
    assert figure_object("Strike: unions claim 40,000 marched\n\nThe strike went on.", 40_000) != "claim"


def test_objects_of_lists_bounds_appositives_and_said():
    assert figure_object("Prices for housing, water and electricity jumped 3.4% in May.", 3.4) == "Prices"
    assert figure_object("Winds gusted, with relative humidity as low as 8%.", 8) == "relative humidity"
    assert figure_object("Passenger unit revenue, a measure of pricing power, rose 1.9% in May.", 1.9) \
        == "Passenger unit revenue"
    assert figure_object("The center said about 7.1 million acres had burned.", 7_100_000) == "acres"
    assert figure_object("The commission put the number of people in need lower, at 3.4 million.", 3_400_000) \
        == "number of people"
    assert figure_object("The Nasdaq Composite added 1.8% to 14,105.6.", 1.8) == "Nasdaq Composite"
