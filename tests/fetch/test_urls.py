"""One key per article however its URL is spelled; links found in a message."""

from __future__ import annotations

import pytest

from bot.fetch import BadURL, check_url, find_links, normalise, url_key


@pytest.mark.parametrize("spelling", [
    "https://www.example.com/news/story",
    "http://example.com/news/story",
    "https://EXAMPLE.com/news/story/",
    "https://example.com:443/news/story#comments",
    "https://www.example.com/news/story?utm_source=twitter&utm_medium=social&fbclid=abc",
    "https://example.com/news//story?gclid=1",
])
def test_spellings_of_one_article_share_a_key(spelling: str) -> None:
    assert url_key(spelling) == "example.com/news/story"


def test_meaningful_query_parameters_stay_in_sorted_order() -> None:
    assert url_key("https://example.com/a?page=2&id=7&utm_campaign=x") == "example.com/a?id=7&page=2"
    assert url_key("https://example.com/a?id=7") != url_key("https://example.com/a?id=8")
    assert normalise("http://example.com") == "https://example.com/"
    assert url_key("https://example.com:8080/x") == "example.com:8080/x"


def test_links_in_a_message() -> None:
    text = ("Read this (https://example.com/a/b?x=1). Also <https://news.example.org/story>, and again "
            "https://example.com/a/b?x=1! Not ftp://x.y/z.")
    assert find_links(text) == ["https://example.com/a/b?x=1", "https://news.example.org/story"]
    assert find_links("nothing here") == []


@pytest.mark.parametrize("url", ["ftp://x.y/z", "example.com/x", "https://user:pw@example.com/", "https:///x"])
def test_bad_urls(url: str) -> None:
    with pytest.raises(BadURL):
        check_url(url)
