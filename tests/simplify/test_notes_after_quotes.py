"""An explanation carried into the next paragraph never lands inside a quotation."""

from __future__ import annotations

from speakit.document import Document, Paragraph, Section, Sentence, number_sentences
from speakit.simplify import simplify


def _doc(*paragraphs: list[str]) -> Document:
    return number_sentences(Document(title="Port strike", sections=(Section(None, tuple(
        Paragraph(tuple(Sentence("", t) for t in p)) for p in paragraphs)),)))


def test_note_waits_until_the_quote_is_over() -> None:
    doc = _doc(["Union leader Maria Lopez spoke on Monday.",
                "Lopez says the strike has slowed the deployment of new cranes at the port."],
               ['She said: "Nobody is answering our calls."',
                '"We will keep the gates shut until they do."',
                "The port authority did not reply."])
    out = [s.text for p in simplify(doc, level="easy").sections[0].blocks for s in p.sentences]
    quote_end = out.index('"We will keep the gates shut until they do."')
    note = next(i for i, t in enumerate(out) if t.startswith("Deployment is"))
    assert note > quote_end
    assert out[quote_end - 1].endswith('"Nobody is answering our calls."')
