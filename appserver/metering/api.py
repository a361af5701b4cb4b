"""pmis.metering: reading books and plans, keyboard entry, file import, exception queue."""

from __future__ import annotations

from appserver.core.api_base import ApiBase


class MeteringApi(ApiBase):
    module = "metering"
