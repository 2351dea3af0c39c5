"""Word lists used by the extractors, each defined once, named by purpose, with its source and licence.

One module per domain (calendar words, speech verbs, stop words, titles and roles...). Where two lists look
alike but differ on purpose, tests/extract/test_lexicon.py says how.
"""
