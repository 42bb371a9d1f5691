"""Cases: the intake, children, perpetrators, services, referrals, follow-ups, links.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_sequence",
        sa.Column("financial_year", sa.String(length=7), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("financial_year", name=op.f("pk_case_sequence")),
    )
    op.create_table(
        "survivor_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=30), nullable=False),
        sa.Column("financial_year", sa.String(length=7), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("intake_complete", sa.Boolean(), nullable=False),
        sa.Column(
            "arrival",
            sa.Enum(
                "walk_in",
                "helpline_181",
                "emergency_112",
                "police",
                "hospital",
                "ngo",
                "other_person",
                name="arrival",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("referred_by", sa.String(length=200), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("alias", sa.String(length=120), nullable=False),
        sa.Column("name_withheld", sa.Boolean(), nullable=False),
        sa.Column("age_years", sa.Integer(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("is_minor", sa.Boolean(), nullable=False),
        sa.Column(
            "marital_status",
            sa.Enum(
                "unmarried",
                "married",
                "separated",
                "divorced",
                "widowed",
                name="maritalstatus",
                native_enum=False,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("phone", sa.String(length=15), nullable=False),
        sa.Column("safe_to_call", sa.Boolean(), nullable=True),
        sa.Column(
            "education",
            sa.Enum(
                "none",
                "primary",
                "secondary",
                "higher_secondary",
                "graduate",
                "postgraduate",
                name="education",
                native_enum=False,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column("occupation", sa.String(length=120), nullable=False),
        sa.Column("disability", sa.String(length=200), nullable=False),
        sa.Column("pregnant", sa.Boolean(), nullable=True),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("incident_date", sa.Date(), nullable=True),
        sa.Column("incident_place", sa.String(length=200), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column(
            "police_report_kind",
            sa.Enum("fir", "ncr", "dir", name="policereportkind", native_enum=False, length=30),
            nullable=True,
        ),
        sa.Column("police_report_number", sa.String(length=40), nullable=False),
        sa.Column("police_station", sa.String(length=120), nullable=False),
        sa.Column("consent_services", sa.Boolean(), nullable=True),
        sa.Column("consent_sharing", sa.Boolean(), nullable=True),
        sa.Column("consent_statistics", sa.Boolean(), nullable=True),
        sa.Column("case_worker_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "in_progress",
                "disposed",
                "reopened",
                name="casestatus",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "resolved_by_counselling",
                "referred",
                "legal_action_started",
                "withdrawn",
                "other",
                name="outcome",
                native_enum=False,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column("disposed_at", sa.DateTime(), nullable=True),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("erased_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "age_years IS NULL OR (age_years >= 0 AND age_years <= 120)",
            name=op.f("ck_survivor_case_age"),
        ),
        sa.CheckConstraint("sequence > 0", name=op.f("ck_survivor_case_sequence_positive")),
        sa.ForeignKeyConstraint(
            ["case_worker_id"],
            ["staff_user.id"],
            name=op.f("fk_survivor_case_case_worker_id_staff_user"),
        ),
        sa.ForeignKeyConstraint(
            ["erased_by_id"],
            ["staff_user.id"],
            name=op.f("fk_survivor_case_erased_by_id_staff_user"),
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_id"],
            ["staff_user.id"],
            name=op.f("fk_survivor_case_registered_by_id_staff_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survivor_case")),
        sa.UniqueConstraint("case_number", name=op.f("uq_survivor_case_case_number")),
        sa.UniqueConstraint("financial_year", "sequence", name="uq_survivor_case_year_sequence"),
    )
    with op.batch_alter_table("survivor_case", schema=None) as batch_op:
        batch_op.create_index("ix_survivor_case_case_worker_id", ["case_worker_id"], unique=False)
        batch_op.create_index("ix_survivor_case_phone", ["phone"], unique=False)
        batch_op.create_index("ix_survivor_case_registered_at", ["registered_at"], unique=False)
        batch_op.create_index("ix_survivor_case_status", ["status"], unique=False)

    op.create_table(
        "case_child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "sex",
            sa.Enum("girl", "boy", name="childsex", native_enum=False, length=30),
            nullable=False,
        ),
        sa.Column("age_years", sa.Integer(), nullable=False),
        sa.CheckConstraint("age_years >= 0 AND age_years <= 17", name=op.f("ck_case_child_age")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["survivor_case.id"],
            name=op.f("fk_case_child_case_id_survivor_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_child")),
    )
    with op.batch_alter_table("case_child", schema=None) as batch_op:
        batch_op.create_index("ix_case_child_case_id", ["case_id"], unique=False)

    op.create_table(
        "case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("linked_case_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("case_id <> linked_case_id", name=op.f("ck_case_link_not_self")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["survivor_case.id"], name=op.f("fk_case_link_case_id_survivor_case")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff_user.id"], name=op.f("fk_case_link_created_by_id_staff_user")
        ),
        sa.ForeignKeyConstraint(
            ["linked_case_id"],
            ["survivor_case.id"],
            name=op.f("fk_case_link_linked_case_id_survivor_case"),
        ),
        sa.ForeignKeyConstraint(
            ["removed_by_id"], ["staff_user.id"], name=op.f("fk_case_link_removed_by_id_staff_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
    )
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.create_index("ix_case_link_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_link_linked_case_id", ["linked_case_id"], unique=False)

    op.create_table(
        "case_need",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "service",
            sa.Enum(
                "rescue",
                "medical_aid",
                "police_help",
                "counselling",
                "legal_aid",
                "short_stay",
                "video_conferencing",
                "food_and_clothes",
                name="servicekind",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["survivor_case.id"],
            name=op.f("fk_case_need_case_id_survivor_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "service", name=op.f("pk_case_need")),
    )
    op.create_table(
        "case_violence",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "domestic",
                "dowry",
                "rape",
                "sexual_assault",
                "sexual_harassment",
                "child_sexual_abuse",
                "trafficking",
                "acid_attack",
                "honour_crime",
                "witch_hunting",
                "child_marriage",
                "cyber_crime",
                "stalking",
                "missing_or_kidnapped",
                "deceit_in_love_or_marriage",
                "elder_abuse",
                "other",
                name="violencekind",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["survivor_case.id"],
            name=op.f("fk_case_violence_case_id_survivor_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "kind", name=op.f("pk_case_violence")),
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "result",
            sa.Enum(
                "safe_and_well",
                "needs_support",
                "violence_recurred",
                "not_reachable",
                name="followupresult",
                native_enum=False,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.String(length=500), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["survivor_case.id"], name=op.f("fk_follow_up_case_id_survivor_case")
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["staff_user.id"], name=op.f("fk_follow_up_done_by_id_staff_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_follow_up_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_follow_up_due_on", ["due_on"], unique=False)

    op.create_table(
        "perpetrator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "relationship_to_her",
            sa.Enum(
                "husband",
                "former_husband",
                "in_laws",
                "partner",
                "father",
                "mother",
                "brother",
                "other_relative",
                "employer",
                "colleague",
                "neighbour",
                "acquaintance",
                "stranger",
                "other",
                name="relationship",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["survivor_case.id"],
            name=op.f("fk_perpetrator_case_id_survivor_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_perpetrator")),
    )
    with op.batch_alter_table("perpetrator", schema=None) as batch_op:
        batch_op.create_index("ix_perpetrator_case_id", ["case_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "target",
            sa.Enum(
                "swadhar_greh",
                "short_stay_home",
                "hospital",
                "dlsa",
                "police",
                "ngo",
                "skill_training",
                "other",
                name="referraltarget",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "sent",
                "accepted",
                "completed",
                "declined",
                name="referralstatus",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.String(length=500), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["survivor_case.id"], name=op.f("fk_referral_case_id_survivor_case")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_user.id"],
            name=op.f("fk_referral_recorded_by_id_staff_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index("ix_referral_case_id", ["case_id"], unique=False)

    op.create_table(
        "service_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "rescue",
                "medical_aid",
                "police_help",
                "counselling",
                "legal_aid",
                "short_stay",
                "video_conferencing",
                "food_and_clothes",
                name="servicekind",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("confidential_notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["survivor_case.id"], name=op.f("fk_service_record_case_id_survivor_case")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_user.id"],
            name=op.f("fk_service_record_recorded_by_id_staff_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_record")),
    )
    with op.batch_alter_table("service_record", schema=None) as batch_op:
        batch_op.create_index("ix_service_record_case_id", ["case_id"], unique=False)

    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "registered",
                "in_progress",
                "disposed",
                "reopened",
                name="casestatus",
                native_enum=False,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "registered",
                "in_progress",
                "disposed",
                "reopened",
                name="casestatus",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "resolved_by_counselling",
                "referred",
                "legal_action_started",
                "withdrawn",
                "other",
                name="outcome",
                native_enum=False,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["survivor_case.id"], name=op.f("fk_status_change_case_id_survivor_case")
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["staff_user.id"],
            name=op.f("fk_status_change_changed_by_id_staff_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index("ix_status_change_case_id", ["case_id"], unique=False)

    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "follow_up_months", sa.String(length=40), server_default="1,3,6", nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.drop_column("follow_up_months")

    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_status_change_case_id")

    op.drop_table("status_change")
    with op.batch_alter_table("service_record", schema=None) as batch_op:
        batch_op.drop_index("ix_service_record_case_id")

    op.drop_table("service_record")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_case_id")

    op.drop_table("referral")
    with op.batch_alter_table("perpetrator", schema=None) as batch_op:
        batch_op.drop_index("ix_perpetrator_case_id")

    op.drop_table("perpetrator")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_due_on")
        batch_op.drop_index("ix_follow_up_case_id")

    op.drop_table("follow_up")
    op.drop_table("case_violence")
    op.drop_table("case_need")
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.drop_index("ix_case_link_linked_case_id")
        batch_op.drop_index("ix_case_link_case_id")

    op.drop_table("case_link")
    with op.batch_alter_table("case_child", schema=None) as batch_op:
        batch_op.drop_index("ix_case_child_case_id")

    op.drop_table("case_child")
    with op.batch_alter_table("survivor_case", schema=None) as batch_op:
        batch_op.drop_index("ix_survivor_case_status")
        batch_op.drop_index("ix_survivor_case_registered_at")
        batch_op.drop_index("ix_survivor_case_phone")
        batch_op.drop_index("ix_survivor_case_case_worker_id")

    op.drop_table("survivor_case")
    op.drop_table("case_sequence")
