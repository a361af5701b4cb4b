"""The tariff pages of the billing module: "Tariffs" (versions, approval, files) and the
"Tariff calculator" for the counter, each as (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from appserver.contract import permissions as P
from client.billing.tariff_calc_presenter import CalculatorPresenter
from client.billing.tariff_calc_view import CalculatorView
from client.billing.tariff_list_view import TariffsView
from client.billing.tariff_models import lines_model, versions_model
from client.billing.tariff_presenter import TariffsPresenter
from client.core.context import AppContext

CONTEXT = "TariffPages"
# Title sources: the main window translates them in CONTEXT.
TARIFFS = str(QT_TRANSLATE_NOOP("TariffPages", "Tariffs"))
CALCULATOR = str(QT_TRANSLATE_NOOP("TariffPages", "Tariff calculator"))


class TariffsPage(QWidget):
    """The list of versions with its presenter (loads when built)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TariffsView(versions_model(self), ctx.can(P.TARIFF_EDIT),
                                ctx.can(P.TARIFF_APPROVE), int(ctx.user.get("id") or 0), self)
        self.presenter = TariffsPresenter(ctx, self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.presenter.load()


class CalculatorPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = CalculatorView(lines_model(self), self)
        self.presenter = CalculatorPresenter(ctx, self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.presenter.load()


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    if not ctx.can(P.TARIFF_READ):
        return []
    return [(CALCULATOR, CONTEXT, CalculatorPage(ctx)), (TARIFFS, CONTEXT, TariffsPage(ctx))]
