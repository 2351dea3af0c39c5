"""What users may type, as Hypothesis strategies: arbitrary Unicode (controls, format characters, lone
surrogates), markdown and mention syntax, 10,000-character inputs, and the seeds' own names and words so
that found answers are exercised too."""

from __future__ import annotations

from hypothesis import strategies as st

# names, events and quoted words from seeds/: queries that find something
SEED_WORDS = [
    "Modi", "Narendra Modi", "Jaishankar", "S. Jaishankar", "Mr Jaishankar", "jaishanker", "Trump", "Rubio",
    "Marco Rubio", "Donald Trump", "inauguration", "Jaishankar met Rubio", "first conversation", "000", "003",
    "000_49acccabc25c2743.txt", "003_9c9e8ef1097f156a.txt", "United States", "sworn in", "phone call",
]
SEED_QUOTES = [
    "We firmly oppose illegal mobility", "historic second term", "dear friend",
    "We will work together for the welfare of our people",
    "committing to a mutually beneficial and trusted partnership",
    "“We firmly oppose illegal mobility,” he said.", "We will … together", "Delighted to speak with … friend",
]
SPECIAL = list(
    "\x00\x01\x07\x1b\x7f\x85\u200b\u200d\u200e\u202a\u202e\u2066\u2069\ufeff\ufffd\ufffe"  # controls, format
    "“”‘’\"'`«»„…*_~|>#@<:/\\[](){}%\n\r\t \u00a0\u3000"  # quotes, markdown, mentions, spaces
)
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
CHARACTERS = st.one_of(st.characters(), SURROGATES, st.sampled_from(SPECIAL))
ANY_TEXT = st.text(CHARACTERS, max_size=300)


@st.composite
def long_text(draw: st.DrawFn) -> str:
    """10,000 characters: a short drawn piece repeated (Hypothesis draws no 10k strings cheaply)."""
    piece = draw(st.text(CHARACTERS, min_size=1, max_size=40) | st.sampled_from(SEED_WORDS + SEED_QUOTES))
    return (piece * (10_000 // len(piece) + 1))[:10_000]


@st.composite
def seeded(draw: st.DrawFn, words: list[str]) -> str:
    """A seed word or quote, sometimes with noise around or inside it."""
    word = draw(st.sampled_from(words))
    before, after = draw(st.text(CHARACTERS, max_size=8)), draw(st.text(CHARACTERS, max_size=8))
    return draw(st.sampled_from([word, f"{before}{word}", f"{word}{after}", f"{before}{word}{after}",
                                 word.upper(), f"“{word}”", f"@everyone {word}"]))


QUERIES = st.one_of(ANY_TEXT, long_text(), seeded(SEED_WORDS))
CLAIMS = st.one_of(ANY_TEXT, long_text(), seeded(SEED_QUOTES))
SPEAKERS = st.one_of(st.none(), ANY_TEXT, seeded(SEED_WORDS))

COMMANDS = ["/who", "/when", "/quote", "/check", "/source", "/sources", "/help", "/?", "who", "/WHO", "/", ""]


@st.composite
def command_lines(draw: st.DrawFn) -> str:
    """A console line: a known command (or anything) then any argument, a speaker: part sometimes."""
    head = draw(st.sampled_from(COMMANDS) | st.text(CHARACTERS, max_size=12))
    arg = draw(QUERIES | CLAIMS)
    tail = draw(st.sampled_from(["", " speaker:", " speaker:Modi", " speaker: ", " quote:"]) | ANY_TEXT)
    return f"{head} {arg}{tail}"
