"""The rating engine: pure Decimal, no database, no RPC.

``rate(request, catalog)`` turns a tariff and usage segments into bill lines, each with its
amount and explanation. See docs/rating.md.
"""

from appserver.billing.rating.catalog import TariffCatalog
from appserver.billing.rating.difference import Difference, DifferenceLine, difference
from appserver.billing.rating.engine import rate
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.lines import BillLine, Explanation, RatingResult
from appserver.billing.rating.model import Tariff
from appserver.billing.rating.request_io import (
    request_from_data,
    request_to_data,
    result_to_data,
)
from appserver.billing.rating.tariff_export import export_data as tariff_to_data
from appserver.billing.rating.tariff_export import export_plain as tariff_to_plain
from appserver.billing.rating.tariff_io import tariff_from_data
from appserver.billing.rating.toml_io import load_catalog, tariff_from_toml, tariff_to_toml
from appserver.billing.rating.usage import RatingRequest, Reading, TariffRef, UsageSegment

# Stored on every bill (bill.engine_version): which engine rated it. Change it whenever a
# change of the engine could change an amount, so old bills are recomputed knowingly.
ENGINE_VERSION = "1"

__all__ = [
    "ENGINE_VERSION",
    "BillLine", "Difference", "DifferenceLine", "Explanation", "RatingError", "RatingRequest",
    "RatingResult", "Reading", "Tariff", "TariffCatalog", "TariffRef", "UsageSegment",
    "difference", "load_catalog", "rate", "request_from_data", "request_to_data",
    "result_to_data", "tariff_from_data", "tariff_from_toml", "tariff_to_data",
    "tariff_to_plain", "tariff_to_toml",
]
