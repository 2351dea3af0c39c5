"""Web pages become articles: text, title, date, outlet, canonical URL; offsets point into the stored text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.ingest import IngestError, extract_facts, read_document
from bot.ingest.html import looks_like_html, page_to_article
from bot.ingest.reader import parse_page

PARAGRAPHS = [
    "External Affairs Minister S. Jaishankar met Secretary of State Marco Rubio in Washington on Tuesday, "
    "the first meeting between the two since the new administration took office.",
    "“We had a very productive conversation about trade and security,” Jaishankar said after the meeting, "
    "adding that both sides had agreed to meet again before the end of the year.",
    "Rubio said the United States valued the partnership and would work closely with India on energy, "
    "technology and defence, according to a statement released by the State Department.",
    "The two ministers also discussed the situation in the Middle East and the war in Ukraine, officials said, "
    "and agreed that their teams would keep in close touch over the coming weeks.",
]


def news_page(*, date: str = "2025-01-21", canonical: str = "https://www.example-news.com/world/meeting") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Jaishankar meets Rubio in Washington | Example News</title>
<meta property="og:title" content="Jaishankar meets Rubio in Washington">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="{date}T09:30:00Z">
<link rel="canonical" href="{canonical}">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Jaishankar meets Rubio in Washington</h1>
{body}
</article>
<footer><p>© 2025 Example News. All rights reserved. Subscribe to our newsletter.</p></footer>
</body></html>"""


def test_a_page_becomes_its_article_and_metadata() -> None:
    article = page_to_article(news_page().encode(), "https://www.example-news.com/world/meeting?utm_source=x")
    assert article is not None
    assert article.title == "Jaishankar meets Rubio in Washington"
    assert article.published == "2025-01-21"
    assert article.outlet == "Example News"
    assert article.author == "Jane Reporter"
    assert article.url == "https://www.example-news.com/world/meeting"
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert "Subscribe" not in article.text and "Home" not in article.text


def test_a_page_without_an_article_is_refused_with_a_reason() -> None:
    empty = b"<html><head><title>Log in</title></head><body><form><input name=u></form></body></html>"
    assert page_to_article(empty) is None
    with pytest.raises(IngestError, match="no article text"):
        parse_page("login.html", empty)


def test_outlet_falls_back_to_the_host() -> None:
    page = news_page().replace('<meta property="og:site_name" content="Example News">', "")
    article = page_to_article(page.encode(), "https://www.example-news.com/world/meeting")
    assert article is not None and article.outlet in ("example-news.com", "Example News", "Example-News")


@pytest.mark.parametrize(("raw", "html"), [
    (b"<!DOCTYPE html><html><body>x</body></html>", True),
    (b"  <html lang=en>", True),
    (b'{"json": true}', False),
    (b"%PDF-1.7", False),
])
def test_looks_like_html(raw: bytes, html: bool) -> None:
    assert looks_like_html(raw) is html


def test_a_saved_page_in_the_corpus_is_dated_by_the_page_and_offsets_point_into_its_text(tmp_path: Path) -> None:
    path = tmp_path / "meeting.html"
    path.write_text(news_page(), encoding="utf-8")
    source = read_document(path)
    assert source.meta.published == "2025-01-21" and source.meta.title == "Jaishankar meets Rubio in Washington"
    assert PARAGRAPHS[0] in source.text and "Subscribe" not in source.text
    facts = extract_facts(source)
    names = {p.name for p in facts.people}
    assert any("Jaishankar" in n for n in names) and any("Rubio" in n for n in names)
    for person in facts.people:
        for start, end in person.mentions:
            assert source.text[start:end].strip()
    for quote in facts.quotes:
        assert source.text[quote.start:quote.end] in quote.text or quote.text in source.text[quote.start:quote.end]
    tuesday = next(t for t in facts.timexes if t.text == "Tuesday")
    assert tuesday.value == "2025-01-21"  # relative dates resolve against the page's date
    assert source.text[tuesday.start:tuesday.end] == "Tuesday"


def test_same_article_same_hash_whatever_the_page_around_it() -> None:
    a = parse_page("x", news_page().encode())
    b = parse_page("x", news_page().replace("Subscribe to our newsletter.", "Ad: buy now!").encode())
    assert a.content_hash == b.content_hash
    c = parse_page("x", news_page(date="2025-01-22").encode())
    assert c.content_hash != a.content_hash


def test_extract_json_on_a_saved_page_adds_text_title_url_published(capsys, tmp_path: Path) -> None:
    path = tmp_path / "meeting.htm"
    path.write_text(news_page(), encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2025-01-21"
    assert data["title"] == "Jaishankar meets Rubio in Washington"
    assert data["url"] == "https://www.example-news.com/world/meeting"
    text = data["text"]
    for quote in data["quotes"]:
        assert text[quote["start"]:quote["end"]]
    for person in data["people"]:
        assert all(text[s:e].strip() for s, e in person["mentions"])


def test_extract_json_on_a_text_file_is_unchanged(capsys, seeds_dir: Path) -> None:
    path = sorted(seeds_dir.glob("*.txt"))[0]
    assert main(["extract", str(path), "--json"]) == 0
    assert "text" not in json.loads(capsys.readouterr().out)


def test_benchmark_pages_keep_every_span_inside_the_stored_text(shared: Path, tmp_path: Path) -> None:
    folder = shared / "bench" / "article-extraction" / "html"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    for page in sorted(folder.glob("*.html.gz"))[:5]:
        path = tmp_path / page.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(page.read_bytes()))
        source = read_document(path)
        facts = extract_facts(source)
        for quote in facts.quotes:
            assert 0 <= quote.start < quote.end <= len(source.text)
        for person in facts.people:
            assert all(0 <= s < e <= len(source.text) for s, e in person.mentions)


def test_eval_html_meets_the_target(shared: Path) -> None:
    from bot.evaluate import SetMissing
    from bot.evaluate.html import TARGET, evaluate

    try:
        table = evaluate(shared)[0]
    except SetMissing as exc:
        pytest.skip(str(exc))
    f1 = float(table.rows[0][1].split()[0])
    assert f1 >= TARGET
    assert any("published" in row[0] for row in table.rows[1:])
