import GRDB
import CustomerCore

extension AppDatabase {
    /// The schema's history: named, append-only migrations. Never edit a shipped one; add another.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 customers and everything on the card") { db in
            try db.execute(sql: """
                CREATE TABLE customer (
                    id INTEGER PRIMARY KEY,
                    given_name TEXT NOT NULL DEFAULT '' CHECK (length(given_name) <= 300),
                    family_name TEXT NOT NULL DEFAULT '' CHECK (length(family_name) <= 300),
                    nickname TEXT NOT NULL DEFAULT '' CHECK (length(nickname) <= 100),
                    company_name TEXT NOT NULL DEFAULT '' CHECK (length(company_name) <= 500),
                    email_address TEXT NOT NULL DEFAULT '' CHECK (length(email_address) <= 254),
                    email_normalized TEXT,
                    phone_number TEXT NOT NULL DEFAULT '',
                    phone_e164 TEXT CHECK (phone_e164 IS NULL OR phone_e164 GLOB '+[1-9]*'),
                    phone_reversed TEXT,
                    address_line1 TEXT NOT NULL DEFAULT '',
                    address_line2 TEXT NOT NULL DEFAULT '',
                    locality TEXT NOT NULL DEFAULT '',
                    region TEXT NOT NULL DEFAULT '',
                    postal_code TEXT NOT NULL DEFAULT '',
                    country TEXT NOT NULL DEFAULT '',
                    birthday TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9]-[0-9][0-9]' OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    reference_id TEXT NOT NULL DEFAULT '' CHECK (length(reference_id) <= 100),
                    memo TEXT NOT NULL DEFAULT '',
                    email_subscription TEXT NOT NULL DEFAULT 'unknown' CHECK (email_subscription IN ('subscribed','unsubscribed','unknown')),
                    status TEXT NOT NULL DEFAULT 'client' CHECK (status IN ('lead','client','inactive')),
                    creation_source TEXT NOT NULL DEFAULT 'manual' CHECK (creation_source IN ('manual','import','merge','booking','loyalty','invoice')),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    last_activity_at INTEGER NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
                    sort_key TEXT NOT NULL,
                    CHECK (given_name <> '' OR family_name <> '' OR company_name <> '' OR email_address <> '' OR phone_number <> '')
                );
                CREATE INDEX customer_by_sort_key ON customer(sort_key, id);
                CREATE INDEX customer_by_created ON customer(created_at, id);
                CREATE INDEX customer_by_activity ON customer(last_activity_at, id);
                CREATE INDEX customer_by_phone_e164 ON customer(phone_e164) WHERE phone_e164 IS NOT NULL;
                CREATE INDEX customer_by_phone_reversed ON customer(phone_reversed) WHERE phone_reversed IS NOT NULL;
                CREATE INDEX customer_by_email ON customer(email_normalized) WHERE email_normalized IS NOT NULL;
                CREATE INDEX customer_by_reference ON customer(reference_id) WHERE reference_id <> '';
                CREATE INDEX customer_by_status ON customer(status, sort_key);
                CREATE INDEX customer_by_postal_code ON customer(postal_code) WHERE postal_code <> '';

                -- Full-text search over the names, nickname and company, folded for case and accents;
                -- prefix indexes keep short searches fast. Email is searched by its own B-tree index
                -- (a prefix range on email_normalized): indexing its words here would add a token per
                -- address ("nunez123") and make every name prefix merge thousands of them.
                CREATE VIRTUAL TABLE customer_search USING fts5(
                    given_name, family_name, nickname, company_name,
                    content='customer', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4'
                );
                CREATE TRIGGER customer_search_insert AFTER INSERT ON customer BEGIN
                    INSERT INTO customer_search(rowid, given_name, family_name, nickname, company_name)
                    VALUES (new.id, new.given_name, new.family_name, new.nickname, new.company_name);
                END;
                CREATE TRIGGER customer_search_delete AFTER DELETE ON customer BEGIN
                    INSERT INTO customer_search(customer_search, rowid, given_name, family_name, nickname, company_name)
                    VALUES ('delete', old.id, old.given_name, old.family_name, old.nickname, old.company_name);
                END;
                CREATE TRIGGER customer_search_update AFTER UPDATE OF given_name, family_name, nickname, company_name ON customer BEGIN
                    INSERT INTO customer_search(customer_search, rowid, given_name, family_name, nickname, company_name)
                    VALUES ('delete', old.id, old.given_name, old.family_name, old.nickname, old.company_name);
                    INSERT INTO customer_search(rowid, given_name, family_name, nickname, company_name)
                    VALUES (new.id, new.given_name, new.family_name, new.nickname, new.company_name);
                END;

                CREATE TABLE custom_field (
                    id INTEGER PRIMARY KEY,
                    label TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(label)) BETWEEN 1 AND 100),
                    kind TEXT NOT NULL CHECK (kind IN ('text','number','date','email','phone','address','yes_no','choice')),
                    choices TEXT NOT NULL DEFAULT '[]',
                    position INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE custom_field_value (
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    field_id INTEGER NOT NULL REFERENCES custom_field(id) ON DELETE CASCADE,
                    value TEXT NOT NULL,
                    PRIMARY KEY (customer_id, field_id)
                ) WITHOUT ROWID;
                CREATE INDEX custom_field_value_by_field ON custom_field_value(field_id);

                CREATE TABLE customer_group (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 100),
                    created_at INTEGER NOT NULL
                );
                CREATE TABLE group_member (
                    group_id INTEGER NOT NULL REFERENCES customer_group(id) ON DELETE CASCADE,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    PRIMARY KEY (group_id, customer_id)
                ) WITHOUT ROWID;
                CREATE INDEX group_member_by_customer ON group_member(customer_id);

                CREATE TABLE note (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
                    is_pinned INTEGER NOT NULL DEFAULT 0 CHECK (is_pinned IN (0,1)),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    reminder_at INTEGER,
                    reminder_done_at INTEGER,
                    CHECK (reminder_done_at IS NULL OR reminder_at IS NOT NULL)
                );
                CREATE INDEX note_by_customer ON note(customer_id, created_at);
                CREATE INDEX note_by_open_reminder ON note(reminder_at) WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL;

                CREATE TABLE attachment (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    file_name TEXT NOT NULL CHECK (length(trim(file_name)) BETWEEN 1 AND 255),
                    file_type TEXT NOT NULL CHECK (file_type IN ('pdf','jpeg','gif','png')),
                    byte_count INTEGER NOT NULL CHECK (byte_count BETWEEN 1 AND 20971520),
                    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX attachment_by_customer ON attachment(customer_id);
                CREATE INDEX attachment_by_hash ON attachment(content_hash);

                CREATE TABLE card (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    holder_name TEXT NOT NULL CHECK (length(trim(holder_name)) > 0),
                    brand TEXT NOT NULL CHECK (brand IN ('visa','mastercard','amex','discover','diners','jcb','unionpay','other')),
                    last_four TEXT NOT NULL CHECK (length(last_four) = 4 AND last_four GLOB '[0-9][0-9][0-9][0-9]'),
                    expiry_month INTEGER NOT NULL CHECK (expiry_month BETWEEN 1 AND 12),
                    expiry_year INTEGER NOT NULL CHECK (expiry_year BETWEEN 2000 AND 2100),
                    billing_postal_code TEXT NOT NULL DEFAULT '',
                    authorization_on_file INTEGER NOT NULL CHECK (authorization_on_file = 1),
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX card_by_customer ON card(customer_id);

                CREATE TABLE loyalty_program (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL,
                    accrual TEXT NOT NULL CHECK (accrual IN ('per_visit','per_amount')),
                    points INTEGER NOT NULL CHECK (points > 0),
                    amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor > 0)
                );
                CREATE TABLE loyalty_reward (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    points_cost INTEGER NOT NULL CHECK (points_cost > 0)
                );
                CREATE TABLE loyalty_account (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL UNIQUE REFERENCES customer(id) ON DELETE CASCADE,
                    phone_e164 TEXT NOT NULL CHECK (phone_e164 GLOB '+[1-9]*'),
                    enrolled_at INTEGER NOT NULL,
                    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0)
                );
                CREATE INDEX loyalty_account_by_phone ON loyalty_account(phone_e164);
                CREATE TABLE loyalty_entry (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES loyalty_account(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('enrolled','earned','redeemed','adjusted','merged')),
                    points INTEGER NOT NULL,
                    reason TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    CHECK (kind <> 'adjusted' OR length(trim(reason)) > 0)
                );
                CREATE INDEX loyalty_entry_by_account ON loyalty_entry(account_id, created_at);

                CREATE TABLE booking (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    starts_at INTEGER NOT NULL,
                    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
                    service TEXT NOT NULL CHECK (length(trim(service)) > 0),
                    staff TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL CHECK (status IN ('scheduled','completed','cancelled','no_show')),
                    notes TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX booking_by_customer ON booking(customer_id, starts_at);

                CREATE TABLE payment (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
                    status TEXT NOT NULL CHECK (status IN ('paid','due','overdue','refunded')),
                    paid_at INTEGER NOT NULL,
                    due_at INTEGER,
                    method TEXT NOT NULL DEFAULT '',
                    reference TEXT NOT NULL DEFAULT '',
                    booking_id INTEGER REFERENCES booking(id) ON DELETE SET NULL,
                    card_id INTEGER REFERENCES card(id) ON DELETE SET NULL,
                    CHECK (status NOT IN ('due','overdue') OR due_at IS NOT NULL)
                );
                CREATE INDEX payment_by_customer ON payment(customer_id, paid_at);
                CREATE INDEX payment_by_booking ON payment(booking_id) WHERE booking_id IS NOT NULL;
                CREATE INDEX payment_by_card ON payment(card_id) WHERE card_id IS NOT NULL;
                CREATE INDEX payment_open_by_due ON payment(due_at) WHERE status IN ('due','overdue');

                CREATE TABLE conversation_message (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('payment_reminder','booking_invitation','free','received')),
                    channel TEXT NOT NULL CHECK (channel IN ('email','sms','in_person','phone')),
                    delivery TEXT NOT NULL CHECK (delivery IN ('sent','queued','failed','received')),
                    subject TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX conversation_message_by_customer ON conversation_message(customer_id, created_at);

                -- Every merge, so that it can be undone: the absorbed profile and what moved.
                CREATE TABLE merge_record (
                    id INTEGER PRIMARY KEY,
                    survivor_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    absorbed_id INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    snapshot TEXT NOT NULL,
                    undone_at INTEGER
                );
                CREATE INDEX merge_record_by_survivor ON merge_record(survivor_id);

                -- Pairs the user said are not duplicates; never suggested again.
                CREATE TABLE ignored_duplicate_pair (
                    first_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    second_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    PRIMARY KEY (first_id, second_id),
                    CHECK (first_id < second_id)
                ) WITHOUT ROWID;
                CREATE INDEX ignored_duplicate_pair_by_second ON ignored_duplicate_pair(second_id);

                CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2 address keys for duplicate detection") { db in
            // "Same street address" (PRODUCT §5) as an indexed key, so that possible duplicates are
            // found by grouping an index, never by comparing every pair of a million profiles.
            try db.execute(sql: """
                ALTER TABLE customer ADD COLUMN address_key TEXT NOT NULL DEFAULT '';
                DROP INDEX customer_by_postal_code;
                CREATE INDEX customer_by_postal_code ON customer(postal_code, address_key) WHERE postal_code <> '';
                CREATE INDEX customer_by_address_key ON customer(address_key) WHERE address_key <> '';
                """)
            // Filled 10,000 profiles at a time: memory stays flat on a directory of a million.
            let update = try db.makeStatement(sql: "UPDATE customer SET address_key = ? WHERE id = ?")
            var lastID: Int64 = 0
            while true {
                let rows = try db.mapRows(sql: """
                    SELECT id, address_line1, address_line2, locality, region, postal_code, country FROM customer
                    WHERE id > ? AND address_line1 <> '' ORDER BY id LIMIT 10000
                    """, arguments: [lastID]) { row in
                    (id: row["id"] as Int64, address: PostalAddress(line1: row["address_line1"], line2: row["address_line2"], locality: row["locality"],
                                                                     region: row["region"], postalCode: row["postal_code"], country: row["country"]))
                }
                guard let last = rows.last else { break }
                for row in rows { try update.execute(arguments: [AddressKey.make(row.address), row.id]) }
                lastID = last.id
            }
        }
        migrator.registerMigration("v3 names in the address-key index") { db in
            // The duplicate scan reads every profile that shares an address key, with its names:
            // from the index alone that is 0.17 s at a million profiles, against 0.40 s looking
            // each one up in the table.
            try db.execute(sql: """
                DROP INDEX customer_by_address_key;
                CREATE INDEX customer_by_address_key ON customer(address_key, given_name, family_name) WHERE address_key <> '';
                """)
        }
        migrator.registerMigration("v4 street-less profiles by postal code") { db in
            // The profiles a postal-code block exists for (a postal code, no street): a scan finds
            // them in this small index instead of grouping the whole postal-code index (0.12 s at a
            // million profiles, most of whom have a street).
            try db.execute(sql: """
                CREATE INDEX customer_without_street_by_postal_code ON customer(postal_code) WHERE postal_code <> '' AND address_key = '';
                """)
        }
        migrator.registerMigration("v5 when a reminder was last notified") { db in
            // `clientele reminders --notify` sends a due reminder once: the time it was sent, cleared
            // whenever the reminder's time is set again (a snooze, an edit), so that it is sent again then.
            try db.execute(sql: "ALTER TABLE note ADD COLUMN reminder_notified_at INTEGER")
        }
        migrator.registerMigration("v6 bookings by start time") { db in
            // The day's bookings across every customer (today's and tomorrow's, by time) and the
            // staff-overlap check read a range of start times: an index range scan, not the table.
            try db.execute(sql: "CREATE INDEX booking_by_start ON booking(starts_at)")
        }
        migrator.registerMigration("v7 bookings by staff member") { db in
            // The staff-overlap check reads a range of one staff member's start times (`Booking.staffKey`:
            // trimmed, ASCII letters folded, as SQLite's lower(trim())), and the card's flags are answered
            // from this index alone (start, length, staff and status are in it) — not a day of every
            // staff member's bookings through booking_by_start.
            try db.execute(sql: """
                CREATE INDEX booking_by_staff ON booking(lower(trim(staff)), starts_at, duration_minutes, staff, status)
                WHERE trim(staff) <> '' AND status <> 'cancelled'
                """)
        }
        migrator.registerMigration("v8 messages sent through the mail command, and the outbox") { db in
            // A quick action's message is logged first and sent after: the address it went to, the
            // Message-ID every attempt repeats, the mail command's words when it failed, and when an
            // attempt began (so that two counters never send it at once). A receipt is a new kind and
            // "dropped" a new state, which the CHECKs of v1 refuse: the table is rebuilt with its rows.
            try db.execute(sql: """
                CREATE TABLE conversation_message_v8 (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('payment_reminder','booking_invitation','payment_receipt','free','received')),
                    channel TEXT NOT NULL CHECK (channel IN ('email','sms','in_person','phone')),
                    delivery TEXT NOT NULL CHECK (delivery IN ('sent','queued','failed','received','dropped')),
                    subject TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
                    created_at INTEGER NOT NULL,
                    recipient TEXT NOT NULL DEFAULT '',
                    mail_id TEXT NOT NULL DEFAULT '',
                    failure TEXT NOT NULL DEFAULT '',
                    attempted_at INTEGER
                );
                INSERT INTO conversation_message_v8 (id, customer_id, kind, channel, delivery, subject, body, created_at)
                    SELECT id, customer_id, kind, channel, delivery, subject, body, created_at FROM conversation_message;
                DROP TABLE conversation_message;
                ALTER TABLE conversation_message_v8 RENAME TO conversation_message;
                CREATE INDEX conversation_message_by_customer ON conversation_message(customer_id, created_at);
                -- The outbox across customers, oldest first: a small partial index, not the history.
                CREATE INDEX conversation_message_waiting ON conversation_message(created_at) WHERE delivery IN ('queued','failed');
                """)
        }
        migrator.registerMigration("v9 purged merges") { db in
            // What is left of a merge whose record was purged from the history: enough to say plainly
            // that it can no longer be undone (whose, into whom, when, when purged), and nothing of the
            // profiles' data. `id` is the merge's own id (new merges never reuse one: MergeRepository.apply);
            // `customer_id` is the survivor, so that a later merge moves the marker with the profile.
            try db.execute(sql: """
                CREATE TABLE purged_merge (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    absorbed_id INTEGER NOT NULL,
                    absorbed_name TEXT NOT NULL,
                    merged_at INTEGER NOT NULL,
                    undone_at INTEGER,
                    purged_at INTEGER NOT NULL
                );
                CREATE INDEX purged_merge_by_customer ON purged_merge(customer_id);
                """)
        }
        migrator.registerMigration("v9 directory filters") { db in
            // Every directory filter read from an index at a million customers (DECISIONS 2026-12-02,
            // "Filters"): the email subscription beside the name order, as status already is; the
            // open payments by state and due date with their customer (the overdue set, covered); the
            // open reminders by time with their customer (the due set, covered: the done column too, which
            // SQLite reads to check the index's own condition).
            try db.execute(sql: """
                CREATE INDEX customer_by_subscription ON customer(email_subscription, sort_key);
                CREATE INDEX payment_open_by_status ON payment(status, due_at, customer_id) WHERE status IN ('due','overdue');
                CREATE INDEX note_due_reminder ON note(reminder_at, customer_id, reminder_done_at) WHERE reminder_at IS NOT NULL AND reminder_done_at IS NULL;
                """)
        }
        migrator.registerMigration("v10 imports committed in slices") { db in
            // An import writes in short transactions so that other counters keep reading and
            // saving (DECISIONS 2026-12-02, "Several counters"); its row here is the marker: while
            // it exists the import is not finished, and an import whose process is gone is removed
            // whole at the next open (`InterruptedImports`). `ranges` are the customer ids each
            // slice inserted (contiguous within a transaction); what the import created besides
            // them (its group, its new custom fields) is named so that it goes too.
            try db.execute(sql: """
                CREATE TABLE import_run (
                    id INTEGER PRIMARY KEY,
                    process_id INTEGER NOT NULL,
                    started_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    created_group_id INTEGER,
                    created_field_ids TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE import_run_range (
                    run_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
                    first_id INTEGER NOT NULL,
                    last_id INTEGER NOT NULL
                );
                CREATE INDEX import_run_range_by_run ON import_run_range(run_id);
                """)
        }
        migrator.registerMigration("v11 search words") { _ in
            // On a PostgreSQL server this adds the folded words of every profile's names in a B-tree
            // of their own (the GIN index is slow for prefixes of two letters and more at a million).
            // Here FTS5's prefix index already answers those: nothing to create. The migration is
            // recorded so that both backends' histories keep the same names in the same order.
        }
        migrator.registerMigration("v12 search words by their start") { _ in
            // On a server, the search words' first two letters in profile order, so that several
            // typed words are merged instead of intersected as bitmaps. FTS5 answers several prefixes
            // with its own doclists here: nothing to create, the name recorded as on the server.
        }
        migrator.registerMigration("v13 the profile's id in the key indexes") { _ in
            // On a server the indexes of the duplicate keys and of the phone's last digits gain the
            // profile's id (and the names their byte order), so the scan and lookups read them alone.
            // Every SQLite index already ends with the row id and compares bytes: nothing to change,
            // the name recorded as on the server.
        }
        return migrator
    }
}
