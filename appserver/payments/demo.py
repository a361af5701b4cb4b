"""Demo history of the payments module: payments of most released bills through the real posting
code (cash and card at the halls, some bank withholding), leaving some customers in arrears old
enough for penalties and notices.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine


def pay_history(engine: Engine, today: date) -> None:
    """Idempotent: does nothing when the history is already there."""
