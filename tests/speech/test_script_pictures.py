"""Picture rules: alt or caption, never two saying the same thing, never the credit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speakit.document import Document, Figure, Paragraph, Section, Sentence
from speakit.speech.script import build_script, picture_description


@pytest.mark.parametrize(("figure", "said"), [
    # only one of them
    (Figure(alt="A tram crosses the river bridge at night."),
     "A tram crosses the river bridge at night."),
    (Figure(caption="Crowds line the parade route."), "Crowds line the parade route."),
    # identical
    (Figure(alt="Firefighters spray water on a barn.", caption="Firefighters spray water on a barn."),
     "Firefighters spray water on a barn."),
    # the same scene in other words (wire alt vs page caption): the caption
    (Figure(alt="Kenya's President William Ruto speaks during a summit in Nairobi, Kenya "
                "September 4, 2023, in this handout picture.",
            caption="Kenyan President William Ruto speaks at a summit in Nairobi on Sept. 4, 2023."),
     "Kenyan President William Ruto speaks at a summit in Nairobi on Sept. 4, 2023."),
    # the caption only names who is in the alt's scene: the alt tells more
    (Figure(alt="Coach Lena Maris lifts the trophy as players cheer on the pitch in Leeds.",
            caption="Lena Maris."),
     "Coach Lena Maris lifts the trophy as players cheer on the pitch in Leeds."),
    # the alt is a bare label inside a fuller caption: the caption
    (Figure(alt="Lighthouse", caption="The old lighthouse at Point Arden was built in 1871."),
     "The old lighthouse at Point Arden was built in 1871."),
    # they clearly differ: both, the alt (what it shows) first
    (Figure(alt="A woman in a red coat holds up a handwritten sign.",
            caption="Protesters gathered outside parliament on Tuesday."),
     "A woman in a red coat holds up a handwritten sign. "
     "Protesters gathered outside parliament on Tuesday."),
    # the alt repeats the start of a caption that tells more: the caption
    (Figure(alt="Mayor Lin cuts a ribbon.",
            caption="Mayor Lin cuts a ribbon at the new Westside clinic, which took three years "
                    "to build."),
     "Mayor Lin cuts a ribbon at the new Westside clinic, which took three years to build."),
    # partly the same: the one that adds more of its own
    (Figure(alt="Firefighters spray water on a burning barn near Dunmore.",
            caption="Firefighters spent six hours at the barn on Dunmore Road on Sunday after "
                    "the blaze spread."),
     "Firefighters spent six hours at the barn on Dunmore Road on Sunday after the blaze spread."),
    # what it shows, and the news context: both
    (Figure(alt="Swimmers do lengths in an indoor pool under a curved wooden ceiling.",
            caption="Lane swimmers at Eastgate Aquatic Centre on June 12."),
     "Swimmers do lengths in an indoor pool under a curved wooden ceiling. "
     "Lane swimmers at Eastgate Aquatic Centre on June 12."),
    # nothing to say
    (Figure(), ""),
    (Figure(alt="   ", caption=" "), ""),
])
def test_alt_or_caption(figure: Figure, said: str) -> None:
    assert picture_description(figure) == said


@pytest.mark.parametrize("alt", ["image", "Photo", "IMG_2041", "DSC00012.JPG", "hero-image-3",
                                 "photo of the article", "Picture.", "thumbnail", "logo"])
def test_file_names_and_generic_alt_are_not_descriptions(alt: str) -> None:
    assert picture_description(Figure(alt=alt, caption="Boats wait in the harbour.")) == \
        "Boats wait in the harbour."
    assert picture_description(Figure(alt=alt)) == ""


def test_alt_that_repeats_the_headline_gives_way_to_the_caption() -> None:
    title = "City council votes to close the old market hall"
    figure = Figure(alt="City council votes to close old market hall",
                    caption="Stallholders pack up on the last Saturday.")
    assert picture_description(figure, title) == "Stallholders pack up on the last Saturday."
    # without a caption the alt is still better than silence
    assert picture_description(Figure(alt=figure.alt), title) == figure.alt


@pytest.mark.parametrize(("figure", "said"), [
    (Figure(caption="Dockers unload grain in Odesa. (Nina Lyashonok/Reuters)", credit=""),
     "Dockers unload grain in Odesa."),
    (Figure(caption="Dockers unload grain in Odesa. (AP Photo/Sam Ortiz)"),
     "Dockers unload grain in Odesa."),
    (Figure(alt="Dockers unload grain in Odesa, Sam Ortiz", caption="", credit="Sam Ortiz"),
     "Dockers unload grain in Odesa"),
    (Figure(alt="A map of APAC shipping lanes", credit="AP"), "A map of APAC shipping lanes"),
    # the credit names an organisation that is also the subject: the sentence keeps it
    (Figure(caption="Northbridge Hydro crews replace a transformer.", credit="Northbridge Hydro"),
     "Northbridge Hydro crews replace a transformer."),
    (Figure(alt="Crews replace a transformer. Photo: Northbridge Hydro",
            credit="Northbridge Hydro"), "Crews replace a transformer."),
    (Figure(alt="Crews replace a transformer [Northbridge Hydro]", credit="Northbridge Hydro"),
     "Crews replace a transformer"),
])
def test_credit_is_never_read(figure: Figure, said: str) -> None:
    assert picture_description(figure) == said


def test_picture_utterance_stands_where_the_figure_stands() -> None:
    doc = Document(title="Harbour", sections=(Section(None, (
        Paragraph((Sentence("s1", "Ships came in."),)),
        Figure(alt="", caption="A container ship docks at dawn", credit="Joe Bell/Harbour Post"),
        Paragraph((Sentence("s2", "They left."),)),
    )),))
    utterances = build_script(doc, normalize_text=False).chapters[0].utterances
    assert [(u.role, u.display, u.pause_ms, u.sentence_id) for u in utterances] == [
        ("title", "Harbour", 1000, None),
        ("body", "Ships came in.", 700, "s1"),
        ("picture", "Picture: A container ship docks at dawn.", 700, None),
        ("body", "They left.", 1200, "s2"),
    ]


words = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu")), min_size=2,
                max_size=9)
sentences = st.lists(words, min_size=1, max_size=14).map(lambda ws: " ".join(ws) + ".")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@given(sentences)
def test_identical_alt_and_caption_are_said_once(text: str) -> None:
    assert picture_description(Figure(alt=text, caption=text)) == \
        picture_description(Figure(caption=text))


@given(sentences, sentences)
def test_only_words_of_the_alt_or_caption_are_said(alt: str, caption: str) -> None:
    said = picture_description(Figure(alt=alt, caption=caption))
    assert _words(said) <= _words(alt) | _words(caption)


@given(sentences, st.sampled_from(["Reuters", "AP Photo/Jo Ray", "KCNA via Reuters",
                                   "Sputnik/Ivan Orlov/Pool via Reuters", "Getty Images"]))
def test_a_bracketed_credit_is_never_said(caption: str, credit: str) -> None:
    said = picture_description(Figure(caption=f"{caption} ({credit})"))
    assert credit not in said
    assert said == caption.strip()
