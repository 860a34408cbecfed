using KitaBot.Storage.Migrations;

namespace KitaBot.Storage.Postgres;

/// <summary>Portal schema for PostgreSQL; the same tables and columns as the SQLite schema, with native types.</summary>
internal static class PostgresPortalMigrations
{
    public const string Component = "portal";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "families, children, registrations, verification, outbox, audit", """
            CREATE TABLE families (
                id           uuid        NOT NULL PRIMARY KEY,
                name         text        NOT NULL,
                name_folded  text        NOT NULL,
                email        text        NOT NULL,
                email_folded text        NOT NULL UNIQUE,
                phone        text        NOT NULL,
                street       text        NOT NULL,
                house_number text        NOT NULL,
                postcode     text        NOT NULL,
                town_id      text        NOT NULL,
                ortsteil     text,
                language_tag text        NOT NULL,
                created_at   timestamptz NOT NULL,
                updated_at   timestamptz NOT NULL
            );
            CREATE INDEX families_name ON families (name_folded);

            CREATE TABLE children (
                id                uuid        NOT NULL PRIMARY KEY,
                family_id         uuid        NOT NULL REFERENCES families (id),
                first_name        text        NOT NULL,
                last_name         text        NOT NULL,
                last_name_folded  text        NOT NULL,
                birth_date        date        NOT NULL,
                birth_is_due_date boolean     NOT NULL,
                position          integer     NOT NULL,
                siblings_note     text,
                created_at        timestamptz NOT NULL
            );
            CREATE INDEX children_family ON children (family_id);
            CREATE INDEX children_last_name ON children (last_name_folded);

            CREATE TABLE releases (
                idempotency_key text        NOT NULL PRIMARY KEY,
                family_id       uuid,
                released_at     timestamptz NOT NULL
            );

            CREATE TABLE registrations (
                id                    uuid        NOT NULL PRIMARY KEY,
                reference_number      text        NOT NULL UNIQUE,
                release_key           text        NOT NULL REFERENCES releases (idempotency_key),
                position              integer     NOT NULL,
                portal                text        NOT NULL,
                child_id              uuid        REFERENCES children (id),
                care_type             text        NOT NULL,
                facility_id           text,
                rank                  integer     NOT NULL,
                desired_start         date        NOT NULL,
                weekly_hours          integer     NOT NULL,
                hours_pattern         text,
                inclusion_needed      boolean     NOT NULL,
                inclusion_note        text,
                health_consent_at     timestamptz,
                place_change          boolean     NOT NULL,
                current_facility_note text,
                childminder_contact   text,
                childminder_name      text,
                childminder_comment   text,
                comment               text,
                status                text        NOT NULL,
                offer_deadline        date,
                row_version           bigint      NOT NULL,
                created_at            timestamptz NOT NULL,
                updated_at            timestamptz NOT NULL,
                erased_at             timestamptz
            );
            CREATE INDEX registrations_child ON registrations (child_id);
            CREATE INDEX registrations_release ON registrations (release_key, position);
            CREATE INDEX registrations_status ON registrations (status, portal);
            CREATE INDEX registrations_created ON registrations (created_at);

            CREATE TABLE registration_history (
                registration_id uuid        NOT NULL REFERENCES registrations (id),
                version         integer     NOT NULL,
                status          text        NOT NULL,
                at              timestamptz NOT NULL,
                actor_kind      text        NOT NULL,
                actor_id        text        NOT NULL,
                note            text,
                offer_deadline  date,
                PRIMARY KEY (registration_id, version)
            );

            CREATE TABLE verification_codes (
                id              uuid        NOT NULL PRIMARY KEY,
                email_folded    text        NOT NULL,
                salt            bytea       NOT NULL,
                code_hash       bytea       NOT NULL,
                issued_at       timestamptz NOT NULL,
                expires_at      timestamptz NOT NULL,
                failed_attempts integer     NOT NULL,
                consumed_at     timestamptz
            );
            CREATE INDEX verification_codes_email ON verification_codes (email_folded, issued_at);

            CREATE TABLE outbox (
                id              uuid        NOT NULL PRIMARY KEY,
                kind            text        NOT NULL,
                recipient       text        NOT NULL,
                recipient_folded text        NOT NULL,
                language_tag    text        NOT NULL,
                payload         text,
                state           text        NOT NULL,
                attempts        integer     NOT NULL,
                next_attempt_at timestamptz NOT NULL,
                lease_token     uuid,
                lease_until     timestamptz,
                created_at      timestamptz NOT NULL,
                sent_at         timestamptz,
                last_error      text
            );
            CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
            CREATE INDEX outbox_recipient ON outbox (recipient_folded);

            CREATE TABLE audit_log (
                seq         bigint      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at          timestamptz NOT NULL,
                actor_kind  text        NOT NULL,
                actor_id    text        NOT NULL,
                action      text        NOT NULL,
                entity_kind text        NOT NULL,
                entity_id   uuid        NOT NULL,
                detail      text
            );
            CREATE INDEX audit_log_entity ON audit_log (entity_id, seq);
            """),
    ];
}
