"""Session-3 context rules (considered, attended, defeated, necessary, containing, -ward, about N) and pairs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speakit.simplify import simplify_text
from speakit.simplify.facts import extract_numbers
from speakit.simplify.words import packaged_plain_words, rephrase, swap_words


@pytest.mark.parametrize("before, after", [
    # passive "considered" + what it is said to be → "thought to be"
    ("The crater is considered a supervolcano.", "The crater is thought to be a supervolcano."),
    ("The lake was once considered part of the sea.", "The lake was once thought to be part of the sea."),
    ("The bridge is widely considered to be unsafe.", "The bridge is widely thought to be unsafe."),
    ("He was considered by many to be a hero.", "He was thought by many to be a hero."),
    ("She was considered for the post.", "She was considered for the post."),
    ("The council considered the offer.", "The council considered the offer."),
    # attended → went to, only the "go to" sense
    ("Okafor attended the village school.", "Okafor went to the village school."),
    ("She attends Brill College.", "She goes to Brill College."),
    ("The meeting was attended by 500 people.", "The meeting was attended by 500 people."),
    ("Nurses attended to the wounded.", "Nurses attended to the wounded."),
    ("He had attended the school.", "He had attended the school."),
    ("Those who attended said it was long.", "Those who attended said it was long."),
    # defeated → beat / beaten; the adjective stays
    ("Brill defeated Tarrow in the final.", "Brill beat Tarrow in the final."),
    ("The army was defeated by the rebels.", "The army was beaten by the rebels."),
    ("The defeated army fled.", "The defeated army fled."),
    ("The bill was defeated 52-48.", "The bill was defeated 52-48."),
    ("Voters defeated the measure.", "Voters defeated the measure."),
    # necessary → needed, but not "it is necessary to"
    ("Doctors operate if necessary.", "Doctors operate if needed."),
    ("The necessary tools were sold.", "The needed tools were sold."),
    ("It is necessary to leave.", "It is necessary to leave."),
    ("A permit is necessary for anyone to fish.", "A permit is necessary for anyone to fish."),
    # containing → with after a noun; the "stop it spreading" sense stays
    ("A van containing 40 crates crashed.", "A van with 40 crates crashed."),
    ("Crews worked on containing the blaze.", "Crews worked on containing the blaze."),
    ("Crews began containing the spread.", "Crews began containing the spread."),
    # -ward after a verb; the adjective stays
    ("The storm moved westward, then north.", "The storm moved west, then north."),
    ("The westward road is shut.", "The westward road is shut."),
    ("The storm tracked northwestward across the bay.", "The storm moved northwest across the bay."),
    ("Police tracked the van for days.", "Police tracked the van for days."),
    # around / roughly before a number → about
    ("The town has around 300 homes.", "The town has about 300 homes."),
    ("Roughly 1,200 people came.", "About 1,200 people came."),
    ("Trade grew around the world.", "Trade grew around the world."),
    ("The car turned around 180 degrees.", "The car turned around 180 degrees."),
    # premiered (intransitive, subject's number known) → was/were first shown
    ("The film premiered in May.", "The film was first shown in May."),
    ("The films premiered on Sunday.", "The films were first shown on Sunday."),
    ("The network premiered the series.", "The network premiered the series."),
    ("It has premiered in Brill.", "It has premiered in Brill."),
    # passive observed → seen, but not a kept holiday or silence
    ("The comet was observed from Brill.", "The comet was seen from Brill."),
    ("No leak has yet been observed.", "No leak has yet been seen."),
    ("A minute's silence was observed at noon.", "A minute's silence was observed at noon."),
    ("The holiday is observed on Monday.", "The holiday is observed on Monday."),
    # passive awarded → given; court damages stay
    ("The medal was first awarded in 1902.", "The medal was first given in 1902."),
    ("She was awarded damages.", "She was awarded damages."),
    ("The jury awarded her the prize.", "The jury awarded her the prize."),
    # reflects → shows, not light, not "reflect on", not the passive
    ("The vote reflects the anger of voters.", "The vote shows the anger of voters."),
    ("The lake reflects the light.", "The lake reflects the light."),
    ("She reflected on her career.", "She reflected on her career."),
    ("The mood was reflected in the polls.", "The mood was reflected in the polls."),
    # inhabit → live in, active only
    ("Frogs inhabit the marsh.", "Frogs live in the marsh."),
    ("The isle is largely inhabited by seals.", "The isle is largely inhabited by seals."),
    ("The series premiered August 20, 2007.", "The series premiered August 20, 2007."),
    # founded → started (the "set up" sense only)
    ("The club was founded in 1990.", "The club was started in 1990."),
    ("She founded a bakery.", "She started a bakery."),
    ("The fear was well founded.", "The fear was well founded."),
    ("The state was founded on trust.", "The state was founded on trust."),
    ("He founded the town as a port.", "He founded the town as a port."),
    ("The claims were founded in fact.", "The claims were founded in fact."),
    # designation → name, unless it is the act of naming something as something
    ("It got the designation S/2003 J 5.", "It got the name S/2003 J 5."),
    ("The designation of the park as a reserve came later.", "The designation of the park as a reserve came later."),
])
def test_rephrase_session3_rules(before: str, after: str) -> None:
    assert rephrase(before) == after


@pytest.mark.parametrize("before, after", [
    ("The strike began in May and has begun to spread.", "The strike started in May and has started to spread."),
    ("The storm made landfall near Tarrow.", "The storm reached land near Tarrow."),
    ("The plan gained popularity shortly afterwards.", "The plan became popular soon after."),
    ("The mural depicts the entire harbour.", "The mural shows the whole harbour."),
    ("Its characteristics are a long tail and vast wings.", "Its features are a long tail and huge wings."),
    ("The firm is headquartered in Brill.", "The firm is based in Brill."),
    ("The town is mainly farmland.", "The town is mostly farmland."),
    ("He attempted to flee.", "He tried to flee."),
    ("Residents were concerned about the smell.", "Residents were worried about the smell."),
    ("It shut immediately afterwards.", "It shut right after."),
    ("From the beginning of May, a handful of shops closed.", "From the start of May, a few shops closed."),
    ("The club, regarded as the best, faced difficulties.", "The club, seen as the best, faced problems."),
    ("The name is thought to be derived from Latin.", "The name is thought to come from Latin."),
    ("The strike coincided with the vote.", "The strike happened at the same time as the vote."),
    ("The row stemmed from a 2019 deal.", "The row came from a 2019 deal."),
    ("She cut a stem from the rose.", "She cut a stem from the rose."),
    ("He was summoned to court.", "He was called to court."),
    ("He was sacked on the grounds that he lied.", "He was sacked because he lied."),
    ("The rule is applicable to all staff.", "The rule applies to all staff."),
    ("During the time that he was away, it rained.", "While he was away, it rained."),
    ("He was fined in the amount of $500.", "He was fined in the amount of $500."),
])
def test_session3_pairs(before: str, after: str) -> None:
    assert swap_words(before)[0] == after


def test_no_new_pair_chains_into_another() -> None:
    table = packaged_plain_words()
    for hard in ("mainly", "primarily", "principally", "began", "afterwards", "depict", "entire"):
        assert table[hard].lower() not in table, hard


def test_pairs_leave_names_and_quotes() -> None:
    text = 'Vast Holdings said: "The entire region began to flood." The Westward Inn shut.'
    out = simplify_text(text, "easy")
    assert "Vast Holdings" in out
    assert '"The entire region began to flood."' in out
    assert "Westward Inn" in out


def test_news_paragraph_with_and_without() -> None:
    text = ("Storm Ada made landfall near Port Brill on Sunday and tracked northward across the bay. "
            "The harbour wall was considered the strongest on the coast. Around 2,400 homes lost power, "
            "and a lorry containing 12 tonnes of sand overturned. Crews are containing the damage.")
    out = simplify_text(text, "easy")
    for plain in ("reached land", "moved north", "thought to be the strongest", "About 2,400", "with 12 tonnes"):
        assert plain in out, plain
    for hard in ("made landfall", "tracked", "considered", "northward", "lorry containing"):
        assert hard not in out, hard
    assert "containing the damage" in out
    assert set(extract_numbers(text)) <= set(extract_numbers(out))


_WORDS = st.sampled_from(["the", "storm", "around", "roughly", "12", "300", "considered", "a", "was",
                          "necessary", "attended", "defeated", "containing", "westward", "tracked", "it",
                          "is", "to", "by", "school", "Brill", ","])


@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_rephrase_keeps_every_number(words: list[str]) -> None:
    text = " ".join(words) + "."
    out = rephrase(text, "easy")
    assert sorted(extract_numbers(out)) == sorted(extract_numbers(text))
    assert "Brill" in out or "Brill" not in text


@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_rephrase_is_stable(words: list[str]) -> None:
    text = " ".join(words) + "."
    once = rephrase(text, "easy")
    assert rephrase(once, "easy") == once
