"""Demo tour steps of the service hall (applications): screenshots in both languages.

A counter clerk's day: the list of the office's applications (coloured by deadline risk);
a walk-in customer asks for a new residential connection — the registration form filled in;
the new application with its stage path; the ID card and the lease scanned and added, the
scan viewed; acceptance completed (the application goes on to the site survey); its history
and its stage clocks. Each run registers one more application (the demo database keeps it).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter, QPen

from client.service.application_list import ApplicationsPage

USER = ("dh.clerk1", "demo1234")
WALK_IN = {"applicant_name": "周晓梅", "id_doc_type": "id_card",
           "id_doc_no": "360102199003154321", "phone_mobile": "13907915566",
           "address": "南昌市东湖区八一大道318号2栋501室", "customer_class": "residential",
           "industry": "城乡居民生活用电", "voltage_level": "220V", "capacity_kva": "8"}


def _page(window: Any) -> ApplicationsPage:
    _tabs, pages = window.tabbed["service"]
    for _source, _context, widget in pages:
        if isinstance(widget, ApplicationsPage):
            window.show_page("service", widget)
            return widget
    raise RuntimeError("no Applications page in the service hall")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    page = _page(window)
    tour.idle(app, "applications")
    if not page.types:
        wait_for(page.types_loaded, page.load_types, "business types")
    wait_for(page.loaded, page.search, "applications list")
    page.table.selectRow(0)
    tour.shot("applications_list", window)

    (dialog,) = wait_for(page.register_opened, page.new_application, "registration dialog")
    dialog.select_type("new_lv_residential")
    dialog.form.set_values(WALK_IN)
    dialog.note.setText(QCoreApplication.translate(
        "ApplicationTour", "New flat, moving in next month"))
    tour.shot("application_register", dialog)
    (presenter,) = wait_for(page.detail_opened, dialog.ok_button.click, "register")
    tour.idle(app, "registered")
    tour.shot("application_registered", window)

    scans = _scans(Path(tempfile.mkdtemp(prefix="pmis-scans-")))
    for doc_type, path in scans:
        (add,) = wait_for(presenter.dialog_opened, presenter.view.add_button.click,
                          "add document")
        add.doc_type.setCurrentIndex(add.doc_type.findData(doc_type))
        add.path.setText(str(path))
        if doc_type == "id_card":
            tour.shot("application_add_document", add)
        wait_for(presenter.acted, add.ok_button.click, "document added")
        tour.idle(app, "documents reloaded")
    view = presenter.view
    view.tabs.setCurrentIndex(1)
    first = next(r for r in view.attachments.rows if r["doc_type"] == "id_card")
    (image,) = wait_for(presenter.document_shown,
                        lambda: view.view_document_requested.emit(first), "view the scan")
    image.resize(700, 560)
    tour.idle(app, "scan shown")
    tour.shot("application_document_view", image)
    image.close()

    (complete,) = wait_for(presenter.dialog_opened, view.buttons["advance"].click,
                           "complete acceptance")
    tour.shot("application_complete_stage", complete)
    wait_for(presenter.acted, complete.ok_button.click, "acceptance completed")
    tour.idle(app, "acceptance completed")
    view.tabs.setCurrentIndex(0)
    tour.shot("application_detail", window)
    view.tabs.setCurrentIndex(2)
    tour.shot("application_history", window)
    view.tabs.setCurrentIndex(3)
    tour.shot("application_clocks", window)
    _overdue(tour, app, window, page)


def _overdue(tour: Any, app: Any, window: Any, page: ApplicationsPage) -> None:
    """One of the office's applications past its stage deadline: the clocks in red."""
    from client.tour import wait_for

    page.show_search()
    wait_for(page.loaded, page.search, "applications again")
    late = next((r for r in page.model.rows if r.get("risk") == "breached"), None)
    if late is None:
        return  # (a demo database whose late applications were all worked off)
    presenter = page.open_application(int(late["id"]))
    if not presenter.application:
        wait_for(presenter.loaded, lambda: None, "overdue application")
    tour.idle(app, "overdue application")
    presenter.view.tabs.setCurrentIndex(3)
    tour.shot("application_overdue", window)


def _scans(directory: Path) -> list[tuple[str, Path]]:
    """An ID card scan (PNG) and a lease (PDF), drawn here as a scanner would deliver them."""
    translate = QCoreApplication.translate
    card = QImage(856, 540, QImage.Format.Format_RGB32)
    card.fill(QColor("#e9eef2"))
    painter = QPainter(card)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#8aa1b1"), 3))
    painter.drawRoundedRect(QRect(20, 20, 816, 500), 24, 24)
    painter.fillRect(QRect(600, 90, 190, 240), QColor("#c9d3da"))
    font = QFont()
    font.setPixelSize(30)
    painter.setFont(font)
    painter.setPen(QColor("#263238"))
    lines = (translate("ApplicationTour", "Name  %1").replace("%1", WALK_IN["applicant_name"]),
             translate("ApplicationTour", "Sex  female   Born  1990-03-15"),
             translate("ApplicationTour", "Address  %1").replace("%1", "南昌市东湖区八一大道318号"),
             translate("ApplicationTour", "ID number  %1").replace("%1", WALK_IN["id_doc_no"]))
    for index, line in enumerate(lines):
        painter.drawText(60, 130 + index * 80, line)
    painter.end()
    png = directory / "id_card.png"
    card.save(str(png))
    pdf = directory / "lease.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    painter = QPainter(writer)
    font.setPixelSize(40)
    painter.setFont(font)
    painter.drawText(QRect(100, 150, 1000, 100), Qt.AlignmentFlag.AlignCenter,
                     translate("ApplicationTour", "Lease contract"))
    painter.end()
    return [("id_card", png), ("property_cert", pdf)]
