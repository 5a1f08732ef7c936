"""Document → accessible HTML: lang, landmarks, one h1, ordered headings, alt text."""

from __future__ import annotations

from html import escape

from ..document import Document, Figure, ListBlock, Media, Paragraph, Quote, Sentence
from .common import byline_text, caption_text, media_text, picture_text, words_to_know_title

_STYLE = """
body{font-family:system-ui,sans-serif;font-size:1.25rem;line-height:1.6;max-width:40em;
margin:0 auto;padding:1rem;color:#111;background:#fff}
.picture{border-left:.3em solid #555;padding-left:.8em}
.meta,.credit{color:#333;font-size:1rem}
.sentence{display:block}
dt{font-weight:bold}
""".strip()


def _sentences(sentences: tuple[Sentence, ...], easy: bool) -> str:
    if easy:
        return "".join(f'<span class="sentence" id="{escape(s.id)}">{escape(s.text)}</span>'
                       for s in sentences)
    return " ".join(f'<span id="{escape(s.id)}">{escape(s.text)}</span>' for s in sentences)


def _figure(fig: Figure, level: str) -> str:
    description = picture_text(fig)
    parts = ['<figure class="picture">']
    if fig.src:
        parts.append(f'<img src="{escape(fig.src)}" alt="{escape(description)}">')
    parts.append(f"<p><strong>Picture:</strong> {escape(description)}</p>")
    extra = caption_text(fig) if level == "original" else ""
    caption = escape(extra) if extra else ""
    if fig.credit:
        caption += f' <span class="credit">Photo: {escape(fig.credit)}</span>'
    if caption:
        parts.append(f"<figcaption>{caption.strip()}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def to_html(doc: Document) -> str:
    """A standalone, accessible HTML page for the document."""
    easy = doc.level == "easy"
    lang = escape(doc.language or "en")
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(doc.title)}</title>", f"<style>{_STYLE}</style>", "</head>",
           "<body>", '<a href="#main" class="skip">Skip to the article</a>',
           "<header>", f"<h1>{escape(doc.title)}</h1>"]
    meta = byline_text(doc)
    if meta:
        out.append(f'<p class="meta">{escape(meta)}</p>')
    out.append("</header>")
    out.append('<main id="main"><article>')
    for para in doc.summary:
        out.append(f'<p class="summary"><strong>{_sentences(para.sentences, easy)}</strong></p>')
    for n, section in enumerate(doc.sections):
        if section.heading:
            level = max(2, min(section.level, 6))
            out.append(f'<section aria-labelledby="h{n}">'
                       f'<h{level} id="h{n}">{escape(section.heading)}</h{level}>')
        else:
            out.append("<section>")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out.append(f"<p>{_sentences(block.sentences, easy)}</p>")
            elif isinstance(block, Quote):
                cite = f"<footer>{escape(block.attribution)}</footer>" if block.attribution else ""
                out.append(f"<blockquote><p>{_sentences(block.sentences, easy)}</p>{cite}</blockquote>")
            elif isinstance(block, ListBlock):
                tag = "ol" if block.ordered else "ul"
                items = "".join(f"<li>{_sentences(i.sentences, False)}</li>" for i in block.items)
                out.append(f"<{tag}>{items}</{tag}>")
            elif isinstance(block, Figure):
                out.append(_figure(block, doc.level))
            elif isinstance(block, Media):
                out.append(f'<p class="media"><em>{escape(media_text(block, doc.level))}</em></p>')
        out.append("</section>")
    out.append("</article></main>")
    if doc.terms:
        title = words_to_know_title(doc)
        out.append(f'<aside aria-labelledby="words"><h2 id="words">{escape(title)}</h2><dl>')
        for term in doc.terms:
            out.append(f"<dt>{escape(term.term)}</dt><dd>{escape(term.explanation)}</dd>")
        out.append("</dl></aside>")
    if doc.source:
        out.append(f'<footer><p class="meta">Source: {escape(doc.source)}</p></footer>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"
