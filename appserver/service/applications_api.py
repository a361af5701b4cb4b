"""pmis.service methods of business applications and workflow definitions."""

from __future__ import annotations


class ApplicationMethods:
    pass
