"""The one error the rating engine raises: bad tariff data or bad usage input.

It is a ``UserError`` so a server method can pass it to the client unchanged; ``details``
names the offending field with a path such as ``segments[1].registers.peak``.
"""

from __future__ import annotations

from appserver.contract.errors import UserError


class RatingError(UserError):
    """Input or tariff data the engine refuses; nothing was rated."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}" if field else problem, {"field": field})
        self.field = field
        self.problem = problem
