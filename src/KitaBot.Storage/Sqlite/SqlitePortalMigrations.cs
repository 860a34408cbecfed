using KitaBot.Storage.Migrations;

namespace KitaBot.Storage.Sqlite;

/// <summary>Portal schema for SQLite: ids as 16-byte BLOBs, instants as Unix milliseconds, dates as ISO text.</summary>
internal static class SqlitePortalMigrations
{
    public const string Component = "portal";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "families, children, registrations, verification, outbox, audit", """
            CREATE TABLE families (
                id           BLOB    NOT NULL PRIMARY KEY,
                name         TEXT    NOT NULL,
                name_folded  TEXT    NOT NULL,
                email        TEXT    NOT NULL,
                email_folded TEXT    NOT NULL UNIQUE,
                phone        TEXT    NOT NULL,
                street       TEXT    NOT NULL,
                house_number TEXT    NOT NULL,
                postcode     TEXT    NOT NULL,
                town_id      TEXT    NOT NULL,
                ortsteil     TEXT,
                language_tag TEXT    NOT NULL,
                created_at   INTEGER NOT NULL,
                updated_at   INTEGER NOT NULL
            );
            CREATE INDEX families_name ON families (name_folded);

            CREATE TABLE children (
                id                BLOB    NOT NULL PRIMARY KEY,
                family_id         BLOB    NOT NULL REFERENCES families (id),
                first_name        TEXT    NOT NULL,
                last_name         TEXT    NOT NULL,
                last_name_folded  TEXT    NOT NULL,
                birth_date        TEXT    NOT NULL,
                birth_is_due_date INTEGER NOT NULL,
                position          INTEGER NOT NULL,
                siblings_note     TEXT,
                created_at        INTEGER NOT NULL
            );
            CREATE INDEX children_family ON children (family_id);
            CREATE INDEX children_last_name ON children (last_name_folded);

            CREATE TABLE releases (
                idempotency_key TEXT    NOT NULL PRIMARY KEY,
                family_id       BLOB,
                released_at     INTEGER NOT NULL
            );

            CREATE TABLE registrations (
                id                    BLOB    NOT NULL PRIMARY KEY,
                reference_number      TEXT    NOT NULL UNIQUE,
                release_key           TEXT    NOT NULL REFERENCES releases (idempotency_key),
                position              INTEGER NOT NULL,
                portal                TEXT    NOT NULL,
                child_id              BLOB    REFERENCES children (id),
                care_type             TEXT    NOT NULL,
                facility_id           TEXT,
                rank                  INTEGER NOT NULL,
                desired_start         TEXT    NOT NULL,
                weekly_hours          INTEGER NOT NULL,
                hours_pattern         TEXT,
                inclusion_needed      INTEGER NOT NULL,
                inclusion_note        TEXT,
                health_consent_at     INTEGER,
                place_change          INTEGER NOT NULL,
                current_facility_note TEXT,
                childminder_contact   TEXT,
                childminder_name      TEXT,
                childminder_comment   TEXT,
                comment               TEXT,
                status                TEXT    NOT NULL,
                offer_deadline        TEXT,
                row_version           INTEGER NOT NULL,
                created_at            INTEGER NOT NULL,
                updated_at            INTEGER NOT NULL,
                erased_at             INTEGER
            );
            CREATE INDEX registrations_child ON registrations (child_id);
            CREATE INDEX registrations_release ON registrations (release_key, position);
            CREATE INDEX registrations_status ON registrations (status, portal);
            CREATE INDEX registrations_created ON registrations (created_at);

            CREATE TABLE registration_history (
                registration_id BLOB    NOT NULL REFERENCES registrations (id),
                version         INTEGER NOT NULL,
                status          TEXT    NOT NULL,
                at              INTEGER NOT NULL,
                actor_kind      TEXT    NOT NULL,
                actor_id        TEXT    NOT NULL,
                note            TEXT,
                offer_deadline  TEXT,
                PRIMARY KEY (registration_id, version)
            );

            CREATE TABLE verification_codes (
                id              BLOB    NOT NULL PRIMARY KEY,
                email_folded    TEXT    NOT NULL,
                salt            BLOB    NOT NULL,
                code_hash       BLOB    NOT NULL,
                issued_at       INTEGER NOT NULL,
                expires_at      INTEGER NOT NULL,
                failed_attempts INTEGER NOT NULL,
                consumed_at     INTEGER
            );
            CREATE INDEX verification_codes_email ON verification_codes (email_folded, issued_at);

            CREATE TABLE outbox (
                id              BLOB    NOT NULL PRIMARY KEY,
                kind            TEXT    NOT NULL,
                recipient       TEXT    NOT NULL,
                recipient_folded TEXT   NOT NULL,
                language_tag    TEXT    NOT NULL,
                payload         TEXT,
                state           TEXT    NOT NULL,
                attempts        INTEGER NOT NULL,
                next_attempt_at INTEGER NOT NULL,
                lease_token     BLOB,
                lease_until     INTEGER,
                created_at      INTEGER NOT NULL,
                sent_at         INTEGER,
                last_error      TEXT
            );
            CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
            CREATE INDEX outbox_recipient ON outbox (recipient_folded);

            CREATE TABLE audit_log (
                seq         INTEGER NOT NULL PRIMARY KEY,
                at          INTEGER NOT NULL,
                actor_kind  TEXT    NOT NULL,
                actor_id    TEXT    NOT NULL,
                action      TEXT    NOT NULL,
                entity_kind TEXT    NOT NULL,
                entity_id   BLOB    NOT NULL,
                detail      TEXT
            );
            CREATE INDEX audit_log_entity ON audit_log (entity_id, seq);
            """),
    ];
}
