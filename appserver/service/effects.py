"""Completion of an application changes the customer file (and, through it, billing) from the
application's effective date. The workflow engine calls ``apply_effect`` in the transaction
that completes the last stage: a refusal (UserError) rolls everything back.

What each effect changes and from when: docs/effects.md.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from appserver.contract.errors import UserError
from appserver.core.i18n import CALL_LOCALE, msg
from appserver.service.effects_changes import (
    apply_capacity,
    apply_disconnection,
    apply_meter_test,
    apply_name_transfer,
    apply_reconnection,
    apply_resumption,
    apply_suspension,
    apply_tariff_change,
)
from appserver.service.effects_common import EffectRequest
from appserver.service.effects_connection import apply_new_connection

__all__ = ["EFFECTS", "EffectRequest", "apply_effect"]

Effect = Callable[[EffectRequest], dict[str, Any]]

EFFECTS: dict[str, Effect] = {
    "new_lv_residential": apply_new_connection,
    "new_lv_nonresidential": apply_new_connection,
    "new_hv_single": apply_new_connection,
    "new_hv_dual": apply_new_connection,
    "capacity_increase": partial(apply_capacity, direction=1),
    "capacity_decrease": partial(apply_capacity, direction=-1),
    "name_transfer": apply_name_transfer,
    "tariff_change": apply_tariff_change,
    "suspension": apply_suspension,
    "resumption": apply_resumption,
    "meter_test": apply_meter_test,
    "disconnection": apply_disconnection,
    "reconnection": apply_reconnection,
}


def apply_effect(req: EffectRequest) -> dict[str, Any]:
    """Apply the application's effect; returns the JSON-able result kept on the application
    (the engine audits it). Raises UserError, naming the field, when the file refuses."""
    effect = EFFECTS.get(req.effect)
    if effect is None:
        raise UserError(msg(CALL_LOCALE.get(), "eff_unknown", effect=req.effect))
    return effect(req)
