"""pmis.service methods of complaints and suggestions."""

from __future__ import annotations


class ComplaintMethods:
    pass
