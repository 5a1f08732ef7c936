"""Terms: glossary loading, matching, article definitions, acronyms, one name per thing."""

from __future__ import annotations

from pathlib import Path

import pytest

from speakit.document import Document, Figure, Paragraph, Section, Sentence, Term
from speakit.errors import SimplifyError
from speakit.simplify import glossary as glossary_mod
from speakit.simplify.glossary import Entry, load, load_user, merge, parse_toml
from speakit.simplify.terms import (Matcher, acronym_status, article_definitions, canonical_names,
                                    find_acronyms, unify_names)

FIXTURES = Path(__file__).parent / "fixtures"

SMALL = parse_toml('''
[[term]]
term = "NATO"
aliases = ["Nato"]
kind = "acronym"
explanation = "NATO is a group of countries that defend each other."

[[term]]
term = "sanctions"
aliases = ["sanction", "sanctioned"]
explanation = "Sanctions are steps that punish a country."

[[term]]
term = "ballistic missile"
aliases = ["ballistic missiles"]
explanation = "A ballistic missile is a rocket weapon."

[[term]]
term = "ratify"
explanation = "Ratify means to approve an agreement officially."

[[term]]
term = "UN"
kind = "acronym"
explanation = "The UN is a group of almost all countries."

[[term]]
term = "UN Security Council"
kind = "organization"
explanation = "The UN Security Council is the UN group for war and peace."
''', "test glossary")


def test_parse_toml_entries() -> None:
    assert [e.term for e in SMALL] == ["NATO", "sanctions", "ballistic missile", "ratify", "UN",
                                       "UN Security Council"]
    assert SMALL[0].spellings == ("NATO", "Nato")
    assert SMALL[0].kind == "acronym" and SMALL[1].kind == "term"


def test_user_toml_overrides_packaged() -> None:
    user = load_user(FIXTURES / "user_glossary.toml")
    merged = merge(SMALL, user)
    entry = merged.lookup("NATO")
    assert entry is not None and entry.origin == "user"
    assert entry.explanation == "NATO is a military alliance of 32 countries."
    # the packaged alias no longer points at the old entry's text
    assert merged.lookup("Harbour Trust") is not None


def test_user_csv() -> None:
    entries = load_user(FIXTURES / "user_glossary.csv")
    assert [(e.term, e.origin) for e in entries] == [("flood barrier", "user"), ("FWA", "user")]


@pytest.mark.parametrize("name, message", [
    ("bad_missing_explanation.toml", "has no 'explanation'"),
    ("bad_syntax.toml", "is not valid TOML"),
    ("bad_header.csv", "needs the header 'term,explanation'"),
    ("bad_kind.toml", "kind 'charity'"),
    ("does_not_exist.toml", "does not exist"),
])
def test_bad_user_glossary_names_file_and_problem(name: str, message: str) -> None:
    with pytest.raises(SimplifyError) as err:
        load_user(FIXTURES / name)
    assert name in str(err.value) and message in str(err.value)


def test_glossary_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SimplifyError, match="is a folder"):
        load_user(tmp_path)


def test_packaged_glossary_loads() -> None:
    gl = load()
    assert gl.lookup("NATO") is not None
    assert all(e.origin == "glossary" for e in glossary_mod.packaged())


def test_matcher_finds_acronyms_inflections_and_phrases() -> None:
    matcher = Matcher(merge(SMALL))
    text = ("Both countries are heavily sanctioned and NATO has ratified a plan to counter "
            "ballistic missiles, the UN Security Council said.")
    found = [spelling for _, _, spelling in matcher.find(text)]
    assert found == ["sanctioned", "NATO", "ratify", "ballistic missiles", "UN Security Council"]


def test_matcher_ignores_capitalized_words_inside_names() -> None:
    matcher = Matcher(merge(SMALL))
    assert matcher.find("They met at the Sanctions Office in Bern.") == []


def test_article_definitions() -> None:
    texts = [
        "The Environment Agency (EA) said the river was safe.",
        "Maria Lopez, a water engineer at the city utility, says the pipes are old.",
        "Ukrainian President Volodymyr Zelenskyy spoke on Monday.",
        '"We are ready," said Tom Reed, a spokesperson for the Harbour Trust.',
    ]
    people = {"Maria Lopez", "Lopez", "Volodymyr Zelenskyy", "Zelenskyy", "Tom Reed", "Reed"}
    defs = article_definitions(texts, people)
    assert defs["EA"][0] == "EA is short for Environment Agency."
    assert defs["Maria Lopez"][0] == "Maria Lopez is a water engineer at the city utility."
    assert defs["Volodymyr Zelenskyy"][0] == "Volodymyr Zelenskyy is the Ukrainian president."
    assert defs["Tom Reed"][0] == "Tom Reed is a spokesperson for the Harbour Trust."


def test_no_definitions_from_inside_quotes() -> None:
    defs = article_definitions(['"Anna Berg, a liar of the first order, runs the port," he said.'], {"Anna Berg"})
    assert "Anna Berg" not in defs


def test_find_acronyms() -> None:
    assert find_acronyms("BRICS and NATO met the U.S. team and NATOs allies, not Bob.") == ["BRICS", "NATO", "U.S."]


def _doc(sentences: list[str], terms: tuple[Term, ...] = (), credit: str = "") -> Document:
    blocks: tuple = (Paragraph(tuple(Sentence(f"s{i}", t) for i, t in enumerate(sentences, 1))),)
    if credit:
        blocks += (Figure(alt="A port.", caption="The port.", credit=credit),)
    return Document(title="T", sections=(Section(None, blocks),), terms=terms)


def test_acronym_status_lists_unknown_acronyms_without_guessing() -> None:
    doc = _doc(["NATO met the FWA and the UN on Monday."],
               terms=(Term("NATO", "NATO is a group of countries."), Term("UN", "The UN is a group.")),
               credit="XYZ Photo")
    status = acronym_status(doc)
    assert status == {"explained": ["NATO", "UN"], "unexplained": ["FWA", "XYZ"]}


def test_canonical_names_prefers_the_body_spelling() -> None:
    body = ["Kim Jong-un met Putin.", "Later Kim Jong-un left."]
    other = ["Kim Jong Un attends a reception.", "Kim Jong Un waves."]
    mapping = canonical_names(body, other)
    assert mapping == {"Kim Jong Un": "Kim Jong-un"}
    assert unify_names("North Korea's leader Kim Jong Un attends.", mapping) == \
        "North Korea's leader Kim Jong-un attends."


def test_unify_names_never_inside_quotes() -> None:
    mapping = {"Kim Jong Un": "Kim Jong-un"}
    text = 'He said "Kim Jong Un is here" and Kim Jong Un smiled.'
    assert unify_names(text, mapping) == 'He said "Kim Jong Un is here" and Kim Jong-un smiled.'


def test_entry_defaults() -> None:
    entry = Entry(term="X", explanation="X is a thing.")
    assert entry.kind == "term" and entry.origin == "glossary" and entry.spellings == ("X",)


def test_hard_words_lists_rare_unexplained_words_only() -> None:
    from speakit.simplify.terms import hard_words

    doc = _doc(['The treaty was ratified amid obfuscatory wrangling, "a sesquipedalian farce," Reed said.',
                "Zanzibar officials disagreed."],
               terms=(Term("ratified", "Ratify means to approve an agreement officially."),))
    found = hard_words(doc)
    assert "obfuscatory" in found
    assert "ratified" not in found        # explained
    assert "sesquipedalian" not in found  # inside a quote
    assert "zanzibar" not in found        # a name
    assert "treaty" not in found          # common enough


def test_article_definition_keeps_the_article_of_an_organisation() -> None:
    from speakit.simplify.terms import article_definitions

    defs = article_definitions(["The work was paid for by the Harbour Trust, a charity, and took two years."], set())
    assert defs["Harbour Trust"][0] == "The Harbour Trust is a charity."
    # without "the" in the source, none is added
    defs = article_definitions(["Samuel Reyes, a ferry captain from Port Ellis, says so."], {"Reyes"})
    assert defs["Samuel Reyes"][0] == "Samuel Reyes is a ferry captain from Port Ellis."
