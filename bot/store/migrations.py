"""The schema, as explicit numbered migrations applied in order; PRAGMA user_version records the last one.

Never edit a migration that has shipped: add the next one. A migration that rebuilds a table other tables
point at runs with foreign keys off (SQLite's documented procedure: a DROP TABLE would otherwise cascade):
its number is in FOREIGN_KEYS_OFF, and the store checks every reference before it commits.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents and the facts extracted from them.
    """
    CREATE TABLE documents (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL UNIQUE,
        path         TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title        TEXT,
        url          TEXT,
        outlet       TEXT,
        published    TEXT,
        ingested_at  TEXT NOT NULL,
        text         TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE sentences (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        text        TEXT NOT NULL
    );
    CREATE INDEX sentences_document ON sentences(document_id, start);
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;

    CREATE TABLE entities (
        id   INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        mention_count INTEGER NOT NULL DEFAULT 0,  -- kept up to date at ingest: ranks names cheaply
        UNIQUE (kind, norm)
    );
    CREATE INDEX entities_popular ON entities(mention_count DESC);

    CREATE TABLE aliases (
        entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        alias       TEXT NOT NULL,
        norm        TEXT NOT NULL,
        PRIMARY KEY (norm, entity_id, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX aliases_entity ON aliases(entity_id);
    CREATE INDEX aliases_document ON aliases(document_id);

    -- Every token of every alias, for typo-tolerant candidate lookup without scanning all aliases.
    CREATE TABLE alias_tokens (
        token     TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (token, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX alias_tokens_entity ON alias_tokens(entity_id);

    CREATE TABLE mentions (
        entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id, document_id);
    CREATE INDEX mentions_document ON mentions(document_id);

    CREATE TABLE roles (
        entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        title       TEXT NOT NULL,
        qualifier   TEXT,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL
    );
    CREATE INDEX roles_entity ON roles(entity_id);
    CREATE INDEX roles_document ON roles(document_id);

    CREATE TABLE timexes (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        text        TEXT NOT NULL,
        type        TEXT NOT NULL,
        value       TEXT NOT NULL,
        anchor      TEXT NOT NULL
    );
    CREATE INDEX timexes_document ON timexes(document_id);
    CREATE INDEX timexes_value ON timexes(value);

    CREATE TABLE events (
        id            INTEGER PRIMARY KEY,
        document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        trigger       TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end   INTEGER NOT NULL,
        value         TEXT NOT NULL,
        timex_start   INTEGER NOT NULL,
        timex_end     INTEGER NOT NULL,
        start         INTEGER NOT NULL,
        end           INTEGER NOT NULL,
        score         REAL NOT NULL
    );
    CREATE INDEX events_document ON events(document_id);
    CREATE TABLE event_keys (
        key      TEXT NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (key, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_keys_event ON event_keys(event_id);

    CREATE TABLE quotes (
        id                INTEGER PRIMARY KEY,
        document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start             INTEGER NOT NULL,
        end               INTEGER NOT NULL,
        text              TEXT NOT NULL,
        norm              TEXT NOT NULL,
        kind              TEXT NOT NULL,
        speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        speaker_name      TEXT,
        speaker_start     INTEGER,
        speaker_end       INTEGER,
        cue               TEXT
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
    CREATE INDEX quotes_document ON quotes(document_id);
    CREATE INDEX quotes_norm ON quotes(norm);
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        norm, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, norm) VALUES (new.id, new.norm);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
    END;

    CREATE TABLE amounts (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        text        TEXT NOT NULL,
        value       TEXT NOT NULL,
        number      REAL,
        unit        TEXT,
        what        TEXT
    );
    CREATE INDEX amounts_document ON amounts(document_id);
    """,
    # 2: the daily digest — what each period's digest covered and posted (exactly once), admin settings.
    """
    CREATE INDEX documents_ingested ON documents(ingested_at);

    CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    CREATE TABLE digests (
        period      TEXT PRIMARY KEY,             -- local date (YYYY-MM-DD) in the digest's timezone
        channel_id  INTEGER NOT NULL,
        since       TEXT,                         -- the previous digest's watermark (NULL: the beginning)
        since_edge  TEXT NOT NULL DEFAULT '[]',   -- JSON [[name, hash]]: covered before, ingested at `since`
        watermark   TEXT,                         -- the last ingested_at this digest covers
        edge        TEXT NOT NULL DEFAULT '[]',   -- JSON [[name, hash]]: covered here, ingested at `watermark`
        status      TEXT NOT NULL,                -- pending, posted, quiet, skipped, failed
        claimed_at  TEXT NOT NULL,
        posted_at   TEXT,
        message_ids TEXT NOT NULL DEFAULT '[]',   -- JSON: ids of the messages sent so far, in order
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        retry_at    TEXT
    );
    CREATE INDEX digests_watermark ON digests(status, watermark);
    """,
    # 3: constant-time reads at scale. Per-entity alias summary (kept by triggers) instead of grouping every
    # document's aliases; document counts kept incrementally; event keys carry their event's score so the
    # best events for a word come from an index; the quotes' FTS vocabulary, to search a claim's rarest words.
    """
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias     TEXT NOT NULL,
        norm      TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (entity_id, alias)
    ) WITHOUT ROWID;
    INSERT INTO entity_aliases SELECT entity_id, alias, norm, count(*) FROM aliases GROUP BY entity_id, alias;
    CREATE TRIGGER aliases_summary_ai AFTER INSERT ON aliases BEGIN
        INSERT INTO entity_aliases(entity_id, alias, norm, documents) VALUES (new.entity_id, new.alias, new.norm, 1)
        ON CONFLICT(entity_id, alias) DO UPDATE SET documents = documents + 1;
    END;
    CREATE TRIGGER aliases_summary_ad AFTER DELETE ON aliases BEGIN
        UPDATE entity_aliases SET documents = documents - 1 WHERE entity_id = old.entity_id AND alias = old.alias;
        DELETE FROM entity_aliases WHERE entity_id = old.entity_id AND alias = old.alias AND documents <= 0;
    END;
    ALTER TABLE entities ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0;
    UPDATE entities
        SET document_count = (SELECT count(DISTINCT document_id) FROM aliases WHERE entity_id = entities.id);
    ALTER TABLE event_keys ADD COLUMN score REAL NOT NULL DEFAULT 0;
    UPDATE event_keys SET score = (SELECT score FROM events WHERE id = event_keys.event_id);
    CREATE INDEX event_keys_best ON event_keys(key, score DESC);
    CREATE VIRTUAL TABLE quotes_vocab USING fts5vocab(quotes_fts, 'row');
    """,
    # 4: aliases' columns in the order of their primary key. SQLite 3.40 (Debian 12) reports a false
    # "NULL value in aliases.alias" from PRAGMA integrity_check for every row of a WITHOUT ROWID table whose
    # primary key columns are not its first columns in order; operators would take the database for corrupt.
    # The table is rebuilt with the same rows, indexes and triggers (dropping it drops them; no trigger fires).
    """
    CREATE TABLE aliases_v4 (
        norm        TEXT NOT NULL,
        entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        alias       TEXT NOT NULL,
        PRIMARY KEY (norm, entity_id, document_id)
    ) WITHOUT ROWID;
    INSERT INTO aliases_v4(norm, entity_id, document_id, alias) SELECT norm, entity_id, document_id, alias FROM aliases;
    DROP TABLE aliases;
    ALTER TABLE aliases_v4 RENAME TO aliases;
    CREATE INDEX aliases_entity ON aliases(entity_id);
    CREATE INDEX aliases_document ON aliases(document_id);
    CREATE TRIGGER aliases_summary_ai AFTER INSERT ON aliases BEGIN
        INSERT INTO entity_aliases(entity_id, alias, norm, documents) VALUES (new.entity_id, new.alias, new.norm, 1)
        ON CONFLICT(entity_id, alias) DO UPDATE SET documents = documents + 1;
    END;
    CREATE TRIGGER aliases_summary_ad AFTER DELETE ON aliases BEGIN
        UPDATE entity_aliases SET documents = documents - 1 WHERE entity_id = old.entity_id AND alias = old.alias;
        DELETE FROM entity_aliases WHERE entity_id = old.entity_id AND alias = old.alias AND documents <= 0;
    END;
    """,
    # 5: news feeds and what was read from them (state survives restarts), and documents found by where they
    # came from (a file's path or a page's URL): one source is one document, whatever its name.
    """
    CREATE TABLE feeds (
        id               INTEGER PRIMARY KEY,
        url              TEXT NOT NULL,
        key              TEXT NOT NULL UNIQUE,      -- the normalised URL: one feed however it is spelled
        title            TEXT,
        added_by         TEXT,
        added_at         TEXT NOT NULL,
        interval_seconds INTEGER NOT NULL,
        etag             TEXT,                      -- conditional requests: If-None-Match
        last_modified    TEXT,                      -- and If-Modified-Since
        last_fetch       TEXT,                      -- the last attempt
        last_success     TEXT,
        last_error       TEXT,                      -- NULL when the last attempt worked
        errors           INTEGER NOT NULL DEFAULT 0, -- failures in a row: the backoff grows with them
        next_fetch       TEXT NOT NULL,
        items_read       INTEGER NOT NULL DEFAULT 0  -- items that became documents
    );
    CREATE INDEX feeds_due ON feeds(next_fetch);

    CREATE TABLE feed_items (
        feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key  TEXT NOT NULL,                    -- the item's id (guid), else its link
        link      TEXT,
        document  TEXT,                             -- the document it became (NULL: not yet)
        status    TEXT NOT NULL,                    -- added, updated, unchanged, failed
        attempts  INTEGER NOT NULL DEFAULT 1,
        seen_at   TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key)
    ) WITHOUT ROWID;

    CREATE INDEX documents_path ON documents(path);
    """,
    # 6: each file's size and modification time (ns) beside its document, so a start-up recognises an
    # unchanged corpus file by one stat, without reading or hashing it (NULL: a page, or not yet seen).
    """
    ALTER TABLE documents ADD COLUMN file_size INTEGER;
    ALTER TABLE documents ADD COLUMN file_mtime_ns INTEGER;
    """,
    # 7: quotes found by their speaker's name when no entity stands for it ("the Kremlin", "an official
    # statement"): a full-text index of the speaker names of the quotes linked to no entity (a few in a
    # thousand), kept by triggers — also when an entity's removal unlinks a quote — finds a name by any word
    # or prefix; an index on those quotes' names reads their quotes.
    """
    CREATE VIRTUAL TABLE quote_speakers_fts USING fts5(speaker_name, tokenize='unicode61 remove_diacritics 2');
    INSERT INTO quote_speakers_fts(rowid, speaker_name)
        SELECT id, speaker_name FROM quotes WHERE speaker_entity_id IS NULL AND speaker_name IS NOT NULL;
    CREATE TRIGGER quote_speakers_ai AFTER INSERT ON quotes
        WHEN new.speaker_entity_id IS NULL AND new.speaker_name IS NOT NULL BEGIN
        INSERT INTO quote_speakers_fts(rowid, speaker_name) VALUES (new.id, new.speaker_name);
    END;
    CREATE TRIGGER quote_speakers_ad AFTER DELETE ON quotes
        WHEN old.speaker_entity_id IS NULL AND old.speaker_name IS NOT NULL BEGIN
        DELETE FROM quote_speakers_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER quote_speakers_au AFTER UPDATE OF speaker_name, speaker_entity_id ON quotes BEGIN
        DELETE FROM quote_speakers_fts WHERE rowid = old.id;
        INSERT INTO quote_speakers_fts(rowid, speaker_name)
            SELECT new.id, new.speaker_name WHERE new.speaker_entity_id IS NULL AND new.speaker_name IS NOT NULL;
    END;
    CREATE INDEX quotes_speaker_name ON quotes(speaker_name) WHERE speaker_entity_id IS NULL;
    """,
    # 8: event words for autocomplete — one row per (key, event word) with how many events use it, so a typed
    # prefix reads a few summary rows instead of every event under it. Kept by triggers (an event's keys are
    # written after it; a deleted event still has its keys in BEFORE DELETE, the cascade removes them after).
    """
    CREATE TABLE event_words (
        key     TEXT NOT NULL,
        norm    TEXT NOT NULL,     -- lower(trigger): one row however the word is capitalised
        trigger TEXT NOT NULL,     -- a spelling as written, to offer
        n       INTEGER NOT NULL,  -- events with this key and word
        PRIMARY KEY (key, norm)
    ) WITHOUT ROWID;
    -- nothing typed yet: the most used words first
    CREATE INDEX event_words_popular ON event_words(n DESC);
    INSERT INTO event_words(key, norm, trigger, n)
        SELECT k.key, lower(e.trigger), min(e.trigger), count(*) FROM event_keys k JOIN events e ON e.id = k.event_id
        GROUP BY k.key, lower(e.trigger);
    CREATE TRIGGER event_words_ai AFTER INSERT ON event_keys BEGIN
        INSERT INTO event_words(key, norm, trigger, n)
            SELECT new.key, lower(trigger), trigger, 1 FROM events WHERE id = new.event_id
        ON CONFLICT(key, norm) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER event_words_bd BEFORE DELETE ON events BEGIN
        UPDATE event_words SET n = n - 1
            WHERE norm = lower(old.trigger) AND key IN (SELECT key FROM event_keys WHERE event_id = old.id);
        DELETE FROM event_words
            WHERE norm = lower(old.trigger) AND n <= 0 AND key IN (SELECT key FROM event_keys WHERE event_id = old.id);
    END;
    """,
    # 9: a start-up's look-up of every corpus file's stamp answered from one index: the stamp columns come after
    # the text in each row, so reading them from the table follows the text's overflow page (a disk read per
    # file on a cold start).
    """
    CREATE INDEX documents_file ON documents(name, file_size, file_mtime_ns, content_hash);
    """,
    # 10: libraries. Every document belongs to one library: 0 is the base library (the corpus folder and the
    # configured sources, seen everywhere), any other number a Discord server's own (its guild id). Names are
    # unique per library, so two servers may add the same file. What answers show of a person is counted per
    # library (entity_libraries: name as that library's documents write it, mentions, documents; aliases and
    # alias words per library), so a server sees only what its own view holds. Feeds and digests belong to a
    # library too, and so does the event-word summary of autocomplete. Existing documents, feeds and digests go to
    # the base library.
    """
    DROP TRIGGER aliases_summary_ai;
    DROP TRIGGER aliases_summary_ad;

    CREATE TABLE documents_v10 (
        id           INTEGER PRIMARY KEY,
        library      INTEGER NOT NULL DEFAULT 0,
        name         TEXT NOT NULL,
        path         TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title        TEXT,
        url          TEXT,
        outlet       TEXT,
        published    TEXT,
        ingested_at  TEXT NOT NULL,
        file_size     INTEGER,              -- before the text: read without its overflow pages
        file_mtime_ns INTEGER,
        text         TEXT NOT NULL,
        UNIQUE (library, name)
    );
    INSERT INTO documents_v10(id, library, name, path, content_hash, title, url, outlet, published, ingested_at, text,
                             file_size, file_mtime_ns)
        SELECT id, 0, name, path, content_hash, title, url, outlet, published, ingested_at, text, file_size,
               file_mtime_ns FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_v10 RENAME TO documents;
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_ingested ON documents(ingested_at);
    CREATE INDEX documents_path ON documents(path);
    CREATE INDEX documents_library ON documents(library, ingested_at);
    CREATE INDEX documents_library_published ON documents(library, published DESC, name);
    CREATE INDEX documents_file ON documents(library, name, file_size, file_mtime_ns, content_hash);

    CREATE TABLE entity_libraries (
        library        INTEGER NOT NULL,
        entity_id      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name           TEXT NOT NULL,              -- the fullest name this library's documents give
        norm           TEXT NOT NULL,
        mention_count  INTEGER NOT NULL DEFAULT 0,
        document_count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (library, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO entity_libraries(library, entity_id, name, norm, mention_count, document_count)
        SELECT 0, id, name, norm, mention_count, document_count FROM entities WHERE document_count > 0;
    CREATE INDEX entity_libraries_popular ON entity_libraries(library, mention_count DESC);
    CREATE INDEX entity_libraries_entity ON entity_libraries(entity_id);
    CREATE INDEX entity_libraries_norm ON entity_libraries(norm);

    CREATE TABLE entity_aliases_v10 (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        library   INTEGER NOT NULL,
        alias     TEXT NOT NULL,
        norm      TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (entity_id, library, alias)
    ) WITHOUT ROWID;
    INSERT INTO entity_aliases_v10(entity_id, library, alias, norm, documents)
        SELECT entity_id, 0, alias, norm, documents FROM entity_aliases;
    DROP TABLE entity_aliases;
    ALTER TABLE entity_aliases_v10 RENAME TO entity_aliases;
    CREATE INDEX entity_aliases_norm ON entity_aliases(norm, library);
    -- an alias row's library is its document's: documents are deleted only after their aliases (store/db.py)
    CREATE TRIGGER aliases_summary_ai AFTER INSERT ON aliases BEGIN
        INSERT INTO entity_aliases(entity_id, library, alias, norm, documents)
        VALUES (new.entity_id, (SELECT library FROM documents WHERE id = new.document_id), new.alias, new.norm, 1)
        ON CONFLICT(entity_id, library, alias) DO UPDATE SET documents = documents + 1;
    END;
    CREATE TRIGGER aliases_summary_ad AFTER DELETE ON aliases BEGIN
        UPDATE entity_aliases SET documents = documents - 1 WHERE entity_id = old.entity_id
            AND library = (SELECT library FROM documents WHERE id = old.document_id) AND alias = old.alias;
        DELETE FROM entity_aliases WHERE entity_id = old.entity_id AND alias = old.alias AND documents <= 0;
    END;

    CREATE TABLE alias_tokens_v10 (
        library   INTEGER NOT NULL,
        token     TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (library, token, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO alias_tokens_v10(library, token, entity_id) SELECT 0, token, entity_id FROM alias_tokens;
    DROP TABLE alias_tokens;
    ALTER TABLE alias_tokens_v10 RENAME TO alias_tokens;
    CREATE INDEX alias_tokens_entity ON alias_tokens(entity_id);

    CREATE TABLE feeds_v10 (
        id               INTEGER PRIMARY KEY,
        library          INTEGER NOT NULL DEFAULT 0,
        url              TEXT NOT NULL,
        key              TEXT NOT NULL,
        title            TEXT,
        added_by         TEXT,
        added_at         TEXT NOT NULL,
        interval_seconds INTEGER NOT NULL,
        etag             TEXT,
        last_modified    TEXT,
        last_fetch       TEXT,
        last_success     TEXT,
        last_error       TEXT,
        errors           INTEGER NOT NULL DEFAULT 0,
        next_fetch       TEXT NOT NULL,
        items_read       INTEGER NOT NULL DEFAULT 0,
        UNIQUE (library, key)
    );
    INSERT INTO feeds_v10(id, library, url, key, title, added_by, added_at, interval_seconds, etag, last_modified,
                         last_fetch, last_success, last_error, errors, next_fetch, items_read)
        SELECT id, 0, url, key, title, added_by, added_at, interval_seconds, etag, last_modified, last_fetch,
               last_success, last_error, errors, next_fetch, items_read FROM feeds;
    DROP TABLE feeds;
    ALTER TABLE feeds_v10 RENAME TO feeds;
    CREATE INDEX feeds_due ON feeds(next_fetch);

    CREATE TABLE digests_v10 (
        library     INTEGER NOT NULL DEFAULT 0,   -- the server whose digest this is (0: base only)
        period      TEXT NOT NULL,
        channel_id  INTEGER NOT NULL,
        since       TEXT,
        since_edge  TEXT NOT NULL DEFAULT '[]',
        watermark   TEXT,
        edge        TEXT NOT NULL DEFAULT '[]',
        status      TEXT NOT NULL,
        claimed_at  TEXT NOT NULL,
        posted_at   TEXT,
        message_ids TEXT NOT NULL DEFAULT '[]',
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        retry_at    TEXT,
        PRIMARY KEY (library, period)
    );
    INSERT INTO digests_v10(library, period, channel_id, since, since_edge, watermark, edge, status, claimed_at,
                           posted_at, message_ids, attempts, last_error, retry_at)
        SELECT 0, period, channel_id, since, since_edge, watermark, edge, status, claimed_at, posted_at,
               message_ids, attempts, last_error, retry_at FROM digests;
    DROP TABLE digests;
    ALTER TABLE digests_v10 RENAME TO digests;
    CREATE INDEX digests_watermark ON digests(library, status, watermark);

    DROP TRIGGER event_words_ai;
    DROP TRIGGER event_words_bd;
    CREATE TABLE event_words_v10 (
        library INTEGER NOT NULL,
        key     TEXT NOT NULL,
        norm    TEXT NOT NULL,
        trigger TEXT NOT NULL,
        n       INTEGER NOT NULL,
        PRIMARY KEY (library, key, norm)
    ) WITHOUT ROWID;
    INSERT INTO event_words_v10(library, key, norm, trigger, n) SELECT 0, key, norm, trigger, n FROM event_words;
    DROP TABLE event_words;
    ALTER TABLE event_words_v10 RENAME TO event_words;
    CREATE INDEX event_words_popular ON event_words(library, n DESC);
    -- an event's library is its document's: documents are deleted only after their events (store/db.py)
    CREATE TRIGGER event_words_ai AFTER INSERT ON event_keys BEGIN
        INSERT INTO event_words(library, key, norm, trigger, n)
            SELECT d.library, new.key, lower(e.trigger), e.trigger, 1 FROM events e
            JOIN documents d ON d.id = e.document_id WHERE e.id = new.event_id
        ON CONFLICT(library, key, norm) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER event_words_bd BEFORE DELETE ON events BEGIN
        UPDATE event_words SET n = n - 1
            WHERE library = (SELECT library FROM documents WHERE id = old.document_id) AND norm = lower(old.trigger)
            AND key IN (SELECT key FROM event_keys WHERE event_id = old.id);
        DELETE FROM event_words
            WHERE library = (SELECT library FROM documents WHERE id = old.document_id) AND norm = lower(old.trigger)
            AND n <= 0 AND key IN (SELECT key FROM event_keys WHERE event_id = old.id);
    END;
    """,
    # 11: a sentence keeps its span, not a copy of its text (≈5.6 KB of an article's ≈27 KB at 10,000 articles):
    # its text is its document's text[start:end], which the view `sentences` gives under the old name (SQLite's
    # substr counts characters as Python slices do) and the full-text index reads as its external content. The
    # view joins documents with LEFT JOIN on their key: a read of spans alone never touches documents. An
    # article's index entries go before its text does (documents' BEFORE DELETE trigger): the cascade that
    # then removes its spans finds no document, so the spans' own trigger deletes nothing twice.
    # No answer looks a date up by its value: timexes_value (≈0.25 KB per article) goes.
    # Self-contained: if renumbered, only its position changes.
    """
    DROP INDEX timexes_value;
    DROP TRIGGER sentences_ai;
    DROP TRIGGER sentences_ad;
    CREATE TABLE sentence_spans (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL
    );
    INSERT INTO sentence_spans(id, document_id, start, end) SELECT id, document_id, start, end FROM sentences;
    DROP TABLE sentences;
    CREATE INDEX sentences_document ON sentence_spans(document_id, start);
    CREATE VIEW sentences(id, document_id, start, end, text) AS
        SELECT s.id, s.document_id, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start)
        FROM sentence_spans s LEFT JOIN documents d ON d.id = s.document_id;
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentence_spans BEGIN
        INSERT INTO sentences_fts(rowid, text)
            SELECT new.id, substr(d.text, new.start + 1, new.end - new.start) FROM documents d
            WHERE d.id = new.document_id;
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentence_spans BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text)
            SELECT 'delete', old.id, substr(d.text, old.start + 1, old.end - old.start) FROM documents d
            WHERE d.id = old.document_id;
    END;
    CREATE TRIGGER documents_sentences_bd BEFORE DELETE ON documents BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text)
            SELECT 'delete', s.id, substr(old.text, s.start + 1, s.end - s.start) FROM sentence_spans s
            WHERE s.document_id = old.id;
    END;
    """,
    # 12: each speaker's distinct quotes per library (the same words in several sources are one quote), and
    # their number: /who's quote count and /quote's total read one row instead of counting every quote of a
    # popular speaker (thousands at 100,000 articles). Kept by triggers on quotes: a quote's library is its
    # document's, so a document's quotes are deleted before it (store/db.py); an entity's removal unlinks its
    # quotes (an UPDATE). Self-contained: it adds tables and triggers, and rebuilds schema 7's speaker-name index
    # as schema 7 now reads: databases migrated by its first version index every quote, linked or not (the 10k
    # and 100k bench databases: each /quote's name lookup matched thousands of rows to keep none of them).
    """
    DROP TRIGGER IF EXISTS quote_speakers_ai;
    DROP TRIGGER IF EXISTS quote_speakers_ad;
    DROP TRIGGER IF EXISTS quote_speakers_au;
    DROP TABLE IF EXISTS quote_speakers_fts;
    DROP INDEX IF EXISTS quotes_speaker_name;
    CREATE VIRTUAL TABLE quote_speakers_fts USING fts5(speaker_name, tokenize='unicode61 remove_diacritics 2');
    INSERT INTO quote_speakers_fts(rowid, speaker_name)
        SELECT id, speaker_name FROM quotes WHERE speaker_entity_id IS NULL AND speaker_name IS NOT NULL;
    CREATE TRIGGER quote_speakers_ai AFTER INSERT ON quotes
        WHEN new.speaker_entity_id IS NULL AND new.speaker_name IS NOT NULL BEGIN
        INSERT INTO quote_speakers_fts(rowid, speaker_name) VALUES (new.id, new.speaker_name);
    END;
    CREATE TRIGGER quote_speakers_ad AFTER DELETE ON quotes
        WHEN old.speaker_entity_id IS NULL AND old.speaker_name IS NOT NULL BEGIN
        DELETE FROM quote_speakers_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER quote_speakers_au AFTER UPDATE OF speaker_name, speaker_entity_id ON quotes BEGIN
        DELETE FROM quote_speakers_fts WHERE rowid = old.id;
        INSERT INTO quote_speakers_fts(rowid, speaker_name)
            SELECT new.id, new.speaker_name WHERE new.speaker_entity_id IS NULL AND new.speaker_name IS NOT NULL;
    END;
    CREATE INDEX quotes_speaker_name ON quotes(speaker_name) WHERE speaker_entity_id IS NULL;
    CREATE TABLE speaker_quotes (
        library   INTEGER NOT NULL,
        entity_id INTEGER NOT NULL,
        words     TEXT NOT NULL,              -- a quote's identity: coalesce(nullif(norm, ''), text)
        n         INTEGER NOT NULL,           -- its rows (sources) in this library
        PRIMARY KEY (library, entity_id, words)
    ) WITHOUT ROWID;
    CREATE TABLE speaker_quote_counts (
        library   INTEGER NOT NULL,
        entity_id INTEGER NOT NULL,
        quotes    INTEGER NOT NULL,           -- its distinct quotes in this library
        PRIMARY KEY (library, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO speaker_quotes(library, entity_id, words, n)
        SELECT d.library, q.speaker_entity_id, coalesce(nullif(q.norm, ''), q.text), count(*)
        FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_entity_id IS NOT NULL
        GROUP BY d.library, q.speaker_entity_id, coalesce(nullif(q.norm, ''), q.text);
    INSERT INTO speaker_quote_counts(library, entity_id, quotes)
        SELECT library, entity_id, count(*) FROM speaker_quotes GROUP BY library, entity_id;
    CREATE TRIGGER speaker_quote_counts_ai AFTER INSERT ON speaker_quotes BEGIN
        INSERT INTO speaker_quote_counts(library, entity_id, quotes) VALUES (new.library, new.entity_id, 1)
        ON CONFLICT(library, entity_id) DO UPDATE SET quotes = quotes + 1;
    END;
    CREATE TRIGGER speaker_quote_counts_ad AFTER DELETE ON speaker_quotes BEGIN
        UPDATE speaker_quote_counts SET quotes = quotes - 1 WHERE library = old.library AND entity_id = old.entity_id;
        DELETE FROM speaker_quote_counts WHERE library = old.library AND entity_id = old.entity_id AND quotes <= 0;
    END;
    CREATE TRIGGER speaker_quotes_ai AFTER INSERT ON quotes WHEN new.speaker_entity_id IS NOT NULL BEGIN
        INSERT INTO speaker_quotes(library, entity_id, words, n)
        VALUES ((SELECT library FROM documents WHERE id = new.document_id), new.speaker_entity_id,
                coalesce(nullif(new.norm, ''), new.text), 1)
        ON CONFLICT(library, entity_id, words) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER speaker_quotes_ad AFTER DELETE ON quotes WHEN old.speaker_entity_id IS NOT NULL BEGIN
        UPDATE speaker_quotes SET n = n - 1 WHERE library = (SELECT library FROM documents WHERE id = old.document_id)
            AND entity_id = old.speaker_entity_id AND words = coalesce(nullif(old.norm, ''), old.text);
        DELETE FROM speaker_quotes WHERE library = (SELECT library FROM documents WHERE id = old.document_id)
            AND entity_id = old.speaker_entity_id AND words = coalesce(nullif(old.norm, ''), old.text) AND n <= 0;
    END;
    CREATE TRIGGER speaker_quotes_au AFTER UPDATE OF speaker_entity_id, norm, text ON quotes BEGIN
        UPDATE speaker_quotes SET n = n - 1 WHERE library = (SELECT library FROM documents WHERE id = old.document_id)
            AND entity_id = old.speaker_entity_id AND words = coalesce(nullif(old.norm, ''), old.text);
        DELETE FROM speaker_quotes WHERE library = (SELECT library FROM documents WHERE id = old.document_id)
            AND entity_id = old.speaker_entity_id AND words = coalesce(nullif(old.norm, ''), old.text) AND n <= 0;
        INSERT INTO speaker_quotes(library, entity_id, words, n)
        SELECT (SELECT library FROM documents WHERE id = new.document_id), new.speaker_entity_id,
               coalesce(nullif(new.norm, ''), new.text), 1 WHERE new.speaker_entity_id IS NOT NULL
        ON CONFLICT(library, entity_id, words) DO UPDATE SET n = n + 1;
    END;
    """,
    # 13: each quote carries its document's publication date and library, and a speaker's quotes are indexed
    # newest first: /quote reads the first batch of a popular speaker's quotes through the index instead of
    # joining and sorting all of them (up to 20,000 rows at 100,000 articles). The writer fills `published` and
    # `library` (store/writes.py; a document never changes library); a trigger keeps `published` when a
    # document's date changes. quotes_speaker_published replaces quotes_speaker (its prefix). The words' index
    # gains the speaker, date and library: a batch's quotes are counted (sources, kinds) from the index alone,
    # and their newest sources read in order — common words ("a historic step") are said by hundreds of
    # speakers, and a popular speaker repeats a line in hundreds of sources. Self-contained: two columns, two
    # indexes and a trigger.
    """
    ALTER TABLE quotes ADD COLUMN published TEXT;
    ALTER TABLE quotes ADD COLUMN library INTEGER;
    UPDATE quotes SET (published, library) =
        (SELECT d.published, d.library FROM documents d WHERE d.id = quotes.document_id);
    DROP INDEX IF EXISTS quotes_speaker;
    CREATE INDEX quotes_speaker_published ON quotes(speaker_entity_id, published DESC, document_id, start);
    DROP INDEX IF EXISTS quotes_norm;
    CREATE INDEX quotes_norm ON quotes(norm, speaker_entity_id, published DESC, document_id, start, library, kind);
    CREATE TRIGGER documents_published_au AFTER UPDATE OF published ON documents BEGIN
        UPDATE quotes SET published = new.published WHERE document_id = new.id;
    END;
    """,
]

FOREIGN_KEYS_OFF = frozenset({10})  # migrations that rebuild a table other tables reference
