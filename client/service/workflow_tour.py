"""Demo tour steps of the workflow definitions (the manager drafts and approves them):
the versions of every business type with the stages of the new residential connection, and
the definition's TOML text. Screenshots in both languages."""

from __future__ import annotations

from typing import Any

from client.service.workflow_page import WorkflowPage

USER = ("manager", "demo1234")


def _page(window: Any) -> WorkflowPage:
    _tabs, pages = window.tabbed["service"]
    for _source, _context, widget in pages:
        if isinstance(widget, WorkflowPage):
            window.show_page("service", widget)
            return widget
    raise RuntimeError("no Workflows page in the service hall")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    page = _page(window)
    tour.idle(app, "workflows")
    wait_for(page.loaded, page.load, "workflow versions")
    tour.idle(app, "workflow shown")
    row = next((i for i, r in enumerate(page.versions.rows)
                if r["code"] == "new_lv_residential" and r["status"] == "approved"), 0)
    wait_for(page.version_shown, lambda: page.select(row), "residential connection stages")
    page.detail.setCurrentIndex(0)
    tour.shot("workflow_stages", window)
    page.detail.setCurrentIndex(1)
    tour.shot("workflow_definition_text", window)
    page.detail.setCurrentIndex(0)
