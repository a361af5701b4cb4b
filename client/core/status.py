"""The status bar: who is logged in, which server serves (and its role), round-trip time,
and a failover indication that stays visible once the client has moved to another server."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from client.core import labels
from client.core.formats import OFFICE_ZONE


class StatusBar(QStatusBar):
    def __init__(self, user: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.server = ""
        self.role = ""
        self.rtt_ms: float | None = None
        self.failover_at = ""
        self.failover_server = ""
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.server_label = QLabel(self)
        self.server_label.setObjectName("statusServer")
        self.rtt_label = QLabel(self)
        self.rtt_label.setObjectName("statusRtt")
        self.failover_label = QLabel(self)
        self.failover_label.setObjectName("statusFailover")
        self.failover_label.setStyleSheet(
            "background: #fff3cd; color: #7a4b00; padding: 1px 6px; border-radius: 3px;")
        self.failover_label.setVisible(False)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("statusBusy")
        self.busy_label.setVisible(False)
        self.addWidget(self.user_label)
        self.addWidget(self.busy_label)
        self.addPermanentWidget(self.failover_label)
        self.addPermanentWidget(self.server_label)
        self.addPermanentWidget(self.rtt_label)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """Server calls are running (the UI stays usable meanwhile)."""
        self.busy_label.setVisible(busy)

    def retranslate(self) -> None:
        self.busy_label.setText(self.tr("Working…"))
        self.user_label.setText(self.tr("%1 (%2) · %3")
                                .replace("%1", str(self.user.get("full_name", "")))
                                .replace("%2", str(self.user.get("username", "")))
                                .replace("%3", str(self.user.get("office_name", ""))))
        if self.server:
            role = labels.server_role(self.role) if self.role else self.tr("unknown role")
            self.server_label.setText(self.tr("Server %1 (%2)").replace("%1", self.server)
                                      .replace("%2", role))
        else:
            self.server_label.setText(self.tr("Not connected"))
        self.rtt_label.setText(self.tr("RTT %1 ms").replace("%1", f"{self.rtt_ms:.1f}")
                               if self.rtt_ms is not None else self.tr("RTT –"))
        if self.failover_at:
            self.failover_label.setText(
                self.tr("Failover at %1: now served by %2")
                .replace("%1", self.failover_at).replace("%2", self.failover_server))

    def show_unreachable(self) -> None:
        self.rtt_ms = None
        self.failover_label.setVisible(False)  # "served by …" would contradict the line below
        self.retranslate()
        self.server_label.setText(self.tr("No server reachable"))

    def update_status(self, status: dict[str, Any]) -> None:
        """Fed from the gateway's on_status (re-emitted on the UI thread)."""
        server = str(status.get("server", ""))
        role = str(status.get("role") or "")
        if role or server != self.server:
            self.role = role
        self.server = server
        if status.get("rtt_ms") is not None:
            self.rtt_ms = float(status["rtt_ms"])
        if status.get("failover"):
            self.failover_at = datetime.now(OFFICE_ZONE).strftime("%H:%M:%S")
            self.failover_server = self.server
            self.failover_label.setVisible(True)
        elif self.role == "primary":  # back on the primary: the notice has served its turn
            self.failover_at = ""
            self.failover_label.setVisible(False)
        elif self.failover_at:
            self.failover_label.setVisible(True)
        self.retranslate()


class StatusRelay(QObject):
    """Carries the gateway's status reports (made on worker threads) to the UI thread.

    Signals:
        status(dict): {"server", "role", "rtt_ms", "failover"}.
    """

    status = Signal(dict)

    def report(self, status: dict[str, Any]) -> None:
        self.status.emit(dict(status))
