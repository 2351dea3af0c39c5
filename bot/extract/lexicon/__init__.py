"""Word lists used by the extractors, each defined once, named by purpose, with its source and licence.

One module per domain (calendar words, speech verbs, stop words, titles and roles...). Where two lists look
alike but differ on purpose, tests/extract/lexicon/ says how (test_word_lists.py; quotes' in
tests/extract/quotes/test_lexicon.py); test_lexicon.py checks every module names its source and licence and
that no list repeats a word.
"""
