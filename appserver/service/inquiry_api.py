"""pmis.service methods of the consultation log and printed customer statements."""

from __future__ import annotations


class InquiryMethods:
    pass
