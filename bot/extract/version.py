"""The extractor's version: bump it whenever extraction output changes on purpose.

The store re-extracts every corpus document once after an upgrade whose version differs from the one its
documents were extracted with, so improvements (and fixes to offsets) reach existing databases. The golden
files (tests/extract/golden/) record the version they were made with: regenerating changed output without a
bump is refused.
"""

EXTRACTOR_VERSION = 7  # 7: people from context, brackets, amounts (ages, durations, counts); opening-phrase objects
# 6: second days of month-day pairs, named-event heads, medal phrases
# 5: issue 10 — dates and event links as news writes them
# 4: issue 10 — quotes and speakers as news writes them
# 3: issue 10 — people and roles as news writes them
# 2: offsets into the file as read (header included); rule field on every fact
