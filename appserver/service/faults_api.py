"""pmis.service methods of fault repair."""

from __future__ import annotations


class FaultMethods:
    pass
