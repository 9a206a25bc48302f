"""Trade figures indexed by province, then every column that tells one reported figure from
another: /tradelatest and /trade count a figure's reports in the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 10:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = [
    "province_id",
    "year",
    "period",
    "kind",
    "value_usd",
    "value",
    "currency",
    "growth_pct",
    "article_id",
]


def upgrade() -> None:
    op.create_index("ix_trade_figures_province_figure", "trade_figures", _COLUMNS)
    op.drop_index("ix_trade_figures_province_year", table_name="trade_figures")


def downgrade() -> None:
    op.create_index("ix_trade_figures_province_year", "trade_figures", ["province_id", "year"])
    op.drop_index("ix_trade_figures_province_figure", table_name="trade_figures")
