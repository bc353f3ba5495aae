// Schema migrations, applied in order; PRAGMA user_version records how many ran.
// Never edit a released step: add a new one.
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    origin TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    title_begin INTEGER, title_end INTEGER,
    published TEXT,
    agency TEXT,
    places TEXT NOT NULL DEFAULT '[]',
    dateline_begin INTEGER, dateline_end INTEGER,
    author TEXT,
    url TEXT,
    outlet TEXT,
    update_marker TEXT, update_begin INTEGER, update_end INTEGER,
    body_begin INTEGER NOT NULL,
    body_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    duplicate_of TEXT REFERENCES documents(id),
    similarity REAL,
    version_of TEXT REFERENCES documents(id),
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_text_hash ON documents(text_hash);
  CREATE INDEX documents_origin ON documents(origin);
  CREATE INDEX documents_published ON documents(published);
  CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
  CREATE INDEX documents_version_of ON documents(version_of);

  CREATE TABLE paragraphs (
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    begin INTEGER NOT NULL, end INTEGER NOT NULL,
    heading INTEGER NOT NULL,
    repeat_of INTEGER,
    PRIMARY KEY (doc, idx)
  ) WITHOUT ROWID;

  CREATE TABLE sentences (
    rowid INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    begin INTEGER NOT NULL, end INTEGER NOT NULL,
    repeat_of INTEGER,
    UNIQUE (doc, idx)
  );

  -- Sentence texts are not stored twice: the index keeps only tokens, the text is sliced
  -- from documents.text by the sentence's span.
  CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
  );

  CREATE TABLE minhash (
    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    signature BLOB NOT NULL,
    shingles INTEGER NOT NULL
  );
  CREATE TABLE lsh_bands (
    key INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (key, doc)
  ) WITHOUT ROWID;
  `,
  // 2: actors and their mentions (issue 3). The actor row is a snapshot of the knowledge-base
  // entry (or the article's introduction) as of the ingest that first used it.
  `
  CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    wikidata TEXT,
    gender TEXT,
    party TEXT,
    country TEXT,
    sector TEXT,
    origin TEXT NOT NULL,
    data TEXT NOT NULL
  );
  -- a document's mentions in one row (a JSON array of [begin, end, sentence, kind, actor,
  -- members, role, via]); ~45 mentions per article as rows would double the write cost
  CREATE TABLE mentions (
    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    data TEXT NOT NULL
  );
  -- which documents mention an actor, and how often (members of a plural mention included)
  CREATE TABLE actor_mentions (
    actor TEXT NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    PRIMARY KEY (actor, doc)
  ) WITHOUT ROWID;
  CREATE INDEX actor_mentions_doc ON actor_mentions(doc);
  -- a document's attributed statements, one JSON array per document (see store/statements.ts)
  CREATE TABLE statements (
    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    data TEXT NOT NULL
  );
  -- which version of the analysis (mentions, later statements and events) a document has
  ALTER TABLE documents ADD COLUMN analysis INTEGER NOT NULL DEFAULT 0;
  `,
  `
  -- the events each document tells (one JSON array per document, see document/types.ts DocEvent)
  CREATE TABLE doc_events (
    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    data TEXT NOT NULL
  );
  -- events merged across documents (store/events.ts), rebuilt from doc_events after each ingest
  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    date TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX events_date ON events(date);
  CREATE TABLE event_actors (
    actor TEXT NOT NULL,
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (actor, event)
  ) WITHOUT ROWID;
  -- which documents' events the merged picture was built from: a run killed before the
  -- rebuild leaves it behind, and the next ingest sees that and rebuilds
  CREATE TABLE events_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    built_from TEXT NOT NULL
  );
  `,
  // 4: reading the merged picture page by page (issue 16, lagebild serve): newest first with a
  // keyset cursor, by type and status, and which merged events a document tells (the article
  // reader and the outlet filter), without parsing every event's JSON
  `
  CREATE INDEX events_date_id ON events(date, id);
  CREATE INDEX events_type_date_id ON events(type, date, id);
  CREATE INDEX events_status_date_id ON events(json_extract(data, '$.status'), date, id);
  CREATE TABLE event_documents (
    document TEXT NOT NULL,
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (document, event)
  ) WITHOUT ROWID;
  CREATE INDEX event_documents_event ON event_documents(event);
  INSERT OR IGNORE INTO event_documents (document, event)
    SELECT json_extract(m.value, '$.document'), e.id FROM events e, json_each(e.data, '$.mentions') m;
  -- a document's outlet as the web UI names it: the outlet, else the agency of its dateline
  CREATE INDEX documents_outlet ON documents(coalesce(outlet, agency));
  `,
  // 5: how many of a document's statements each actor speaks: "statements by speaker" reads
  // only the documents where the actor speaks, not every one that mentions it
  `
  ALTER TABLE actor_mentions ADD COLUMN spoke INTEGER NOT NULL DEFAULT 0;
  CREATE TEMP TABLE speakers_of AS
    SELECT s.doc AS doc, json_extract(j.value, '$.speaker.actor') AS actor, count(*) AS n
    FROM statements s, json_each(s.data) j WHERE json_extract(j.value, '$.speaker.actor') IS NOT NULL GROUP BY 1, 2;
  UPDATE actor_mentions SET spoke = x.n FROM temp.speakers_of x WHERE x.doc = actor_mentions.doc AND x.actor = actor_mentions.actor;
  INSERT OR IGNORE INTO actor_mentions (actor, doc, n, spoke) SELECT actor, doc, 0, n FROM temp.speakers_of;
  DROP TABLE temp.speakers_of;
  CREATE INDEX actor_mentions_speaker ON actor_mentions(actor, doc) WHERE spoke > 0;
  `,
  // 6: the merged picture kept up incrementally (issue 17): the merge's clusters and their keys
  // (type and side by month) are stored, so an ingest merges its new documents' events into the
  // stored picture without reading the rest; each document records the step and the order it
  // was merged in, so a full rebuild (reanalyze --merge) replays the same steps
  `
  ALTER TABLE doc_events ADD COLUMN merge_chunk INTEGER;
  ALTER TABLE doc_events ADD COLUMN merge_seq INTEGER;
  ALTER TABLE doc_events ADD COLUMN merge_family TEXT;
  CREATE INDEX doc_events_pending ON doc_events(doc) WHERE merge_seq IS NULL;
  CREATE INDEX doc_events_merged ON doc_events(merge_chunk, merge_seq) WHERE merge_seq IS NOT NULL;
  CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    data TEXT NOT NULL
  );
  -- begin and end: the days the cluster can be (its date, or the hull of its windows; NULL: any
  -- time), kept with each key so a lookup reads only the index; itself: 1 when the cluster has
  -- the key's side itself, 0 when only a member of it (a person under its state's key)
  CREATE TABLE cluster_keys (
    key TEXT NOT NULL,
    month TEXT NOT NULL,
    cluster INTEGER NOT NULL,
    itself INTEGER NOT NULL,
    begin TEXT,
    end TEXT,
    PRIMARY KEY (key, month, cluster)
  ) WITHOUT ROWID;
  -- what a one-sided event is about (recipients, issues, topic nouns) and its reports' families:
  -- a demand joins only a cluster it shares one of them with (merge/events.ts, sameSubject)
  CREATE TABLE cluster_subjects (
    cluster INTEGER NOT NULL,
    token TEXT NOT NULL,
    PRIMARY KEY (cluster, token)
  ) WITHOUT ROWID;
  CREATE TABLE cluster_documents (
    document TEXT NOT NULL,
    cluster INTEGER NOT NULL,
    PRIMARY KEY (document, cluster)
  ) WITHOUT ROWID;
  -- events told only by reference, waiting for the event another report tells
  CREATE TABLE merge_waiting (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL,
    published TEXT,
    family TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE merge_waiting_keys (
    key TEXT NOT NULL,
    waiting INTEGER NOT NULL,
    PRIMARY KEY (key, waiting)
  ) WITHOUT ROWID;
  -- an event id that was folded into another: links to it keep working
  CREATE TABLE event_redirects (
    old TEXT PRIMARY KEY,
    new TEXT NOT NULL
  ) WITHOUT ROWID;
  ALTER TABLE events ADD COLUMN cluster INTEGER;
  CREATE INDEX events_cluster ON events(cluster);
  CREATE INDEX event_actors_event ON event_actors(event);
  -- an unchanged re-ingest asks for each document whether it is stored and by which analysis:
  -- answered from this index alone
  CREATE INDEX documents_id_analysis ON documents(id, analysis);
  -- 1: a document's events changed after they were merged; the next merge replays every step
  ALTER TABLE events_state ADD COLUMN replay INTEGER NOT NULL DEFAULT 0;
  `,
  // 7: the feeds "lagebild watch" polls: the validators of the last answer (a conditional GET
  // downloads nothing when the feed did not change) and the errors in a row since the last success
  // (the wait before the next try doubles with each; next: when it is due), kept across restarts
  // of the watcher
  `
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    next TEXT
  ) WITHOUT ROWID;
  `,
  // 8: the lines of JSONL files already stored, by the SHA-256 of their bytes: an unchanged
  // re-ingest knows a line without decoding or parsing it or hashing its text (issue 17)
  `
  CREATE TABLE jsonl_lines (
    hash BLOB PRIMARY KEY,
    document TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];
