"""The extractor's version: bump it whenever extraction output changes on purpose.

The store re-extracts every corpus document once after an upgrade whose version differs from the one its
documents were extracted with, so improvements (and fixes to offsets) reach existing databases. The golden
files (tests/extract/golden/) record the version they were made with: regenerating changed output without a
bump is refused.
"""

EXTRACTOR_VERSION = 5  # 5: issue 10 — people from context and editorial brackets; ages, durations, counts
# 4: issue 10 — quotes and speakers as news writes them
# 3: issue 10 — people and roles as news writes them
# 2: offsets into the file as read (header included); rule field on every fact
