"""Feeds in each format, built around items whose pages the local site serves."""

from __future__ import annotations

from dataclasses import dataclass

from tests.ingest.test_html import news_page


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    date: str  # YYYY-MM-DD
    person: str  # who the article is about
    role: str

    def paragraphs(self) -> list[str]:
        return [
            f"{self.role} {self.person} announced a new plan for regional trade on Monday, officials said, "
            "after a week of talks in the capital with partners from across the region.",
            f"“This is a good day for our workers and our farmers,” {self.person} said at a press conference, "
            "adding that the plan would be presented to parliament next month.",
            f"Critics said the plan lacked detail, but {self.person} said the figures would be published soon "
            "and that every region would benefit from the new arrangements over the coming years.",
            "Markets rose slightly after the announcement, and several business groups welcomed the news in "
            "statements released later in the day, calling for quick implementation.",
        ]

    def page(self, base: str) -> str:
        html = news_page(date=self.date, canonical=f"{base}/news/{self.slug}")
        html = html.replace("Jaishankar meets Rubio in Washington", self.title)
        start, end = html.index("<article>"), html.index("</article>")
        body = "\n".join(f"<p>{p}</p>" for p in self.paragraphs())
        return html[:start] + f"<article><h1>{self.title}</h1>\n{body}\n" + html[end:]


STORIES = [
    Story("wong-trade", "Wong unveils regional trade plan", "2025-02-03", "Penny Wong", "Foreign Minister"),
    Story("okafor-budget", "Okafor presents the budget", "2025-02-04", "Adaeze Okafor", "Finance Minister"),
    Story("lindqvist-energy", "Lindqvist on energy prices", "2025-02-05", "Maja Lindqvist", "Energy Minister"),
]

RFC822 = {"2025-02-03": "Mon, 03 Feb 2025 08:00:00 GMT", "2025-02-04": "Tue, 04 Feb 2025 08:00:00 GMT",
          "2025-02-05": "Wed, 05 Feb 2025 08:00:00 GMT"}


def rss2(base: str, stories: list[Story], title: str = "Example News — World") -> str:
    items = "\n".join(
        f"<item><title>{s.title}</title><link>{base}/news/{s.slug}?utm_source=rss</link>"
        f"<guid isPermaLink=\"false\">story-{s.slug}</guid><pubDate>{RFC822[s.date]}</pubDate>"
        f"<description><![CDATA[<p>{s.paragraphs()[0]}</p><p>{s.paragraphs()[1]}</p>]]></description></item>"
        for s in stories)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>{base}/</link><description>World news</description>{items}</channel></rss>")


def atom(base: str, stories: list[Story]) -> str:
    entries = "\n".join(
        f"<entry><title>{s.title}</title><link rel=\"alternate\" href=\"{base}/news/{s.slug}\"/>"
        f"<id>urn:example:{s.slug}</id><updated>{s.date}T08:00:00Z</updated>"
        f"<content type=\"html\">&lt;p&gt;{s.paragraphs()[0]}&lt;/p&gt;&lt;p&gt;{s.paragraphs()[1]}&lt;/p&gt;"
        f"</content></entry>"
        for s in stories)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Example Atom</title><id>urn:example:feed</id><updated>2025-02-05T08:00:00Z</updated>"
            f"{entries}</feed>")


def rss1(base: str, stories: list[Story]) -> str:
    items = "\n".join(
        f"<item rdf:about=\"{base}/news/{s.slug}\"><title>{s.title}</title><link>{base}/news/{s.slug}</link>"
        f"<dc:date>{s.date}T08:00:00Z</dc:date><description>{s.paragraphs()[0]}</description></item>"
        for s in stories)
    return ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            f"<channel rdf:about=\"{base}/rss1\"><title>Example RSS 1.0</title><link>{base}/</link>"
            f"<description>d</description></channel>{items}</rdf:RDF>")


def rss091(base: str, stories: list[Story]) -> str:
    items = "\n".join(
        f"<item><title>{s.title}</title><link>{base}/news/{s.slug}</link>"
        f"<description>{s.paragraphs()[0]}</description></item>"
        for s in stories)
    return (f"<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>Example 0.91</title>"
            f"<link>{base}/</link><description>d</description><language>en</language>{items}</channel></rss>")
