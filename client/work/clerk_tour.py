"""Demo tour steps of the work platform as counter clerk dh.clerk1: her to-do list, her
role's queue, taking an item from it, and opening its record with Enter (the service hall's
page that registered itself as the opener of that kind of record)."""

from __future__ import annotations

from typing import Any

from client.work.todo_presenter import TodoPresenter
from client.work.tour import todo_steps

USER = ("dh.clerk1", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    view = todo_steps(tour, app, window, "work_clerk")
    presenter = view.findChild(TodoPresenter)
    assert presenter is not None
    wait_for(presenter.loaded, view.counter_buttons["role"].click, "role queue")
    tour.shot("work_clerk_queue", window)
    if view.model.rowCount():
        view.table.selectRow(0)
        wait_for(presenter.changed, view.take_button.click, "take an item")
        tour.idle(app, "taken")
        wait_for(presenter.loaded, view.counter_buttons["mine"].click, "my items")
        tour.shot("work_clerk_taken", window)
    if view.model.rowCount():
        view.table.selectRow(0)
        view.table.setFocus()
        view.open_button.click()  # the record's own page comes to the front
        tour.idle(app, "open the record")
        tour.shot("work_clerk_opened", window)
