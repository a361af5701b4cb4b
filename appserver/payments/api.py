"""pmis.payments: one API object composed of the counter methods and the collection methods."""

from __future__ import annotations

from appserver.core.api_base import ApiBase
from appserver.payments.collection_api import CollectionMethods
from appserver.payments.counter_api import CounterMethods


class PaymentsApi(CounterMethods, CollectionMethods, ApiBase):
    module = "payments"
