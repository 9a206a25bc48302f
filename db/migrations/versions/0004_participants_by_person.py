"""Meeting participants indexed by person, then meeting: a person's newest meetings are read
from the index alone, without a row lookup per meeting they ever attended.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 23:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_meeting_participants_person_meeting",
        "meeting_participants",
        ["person_id", "meeting_id"],
    )
    op.drop_index("ix_meeting_participants_person_id", table_name="meeting_participants")


def downgrade() -> None:
    op.create_index("ix_meeting_participants_person_id", "meeting_participants", ["person_id"])
    op.drop_index("ix_meeting_participants_person_meeting", table_name="meeting_participants")
