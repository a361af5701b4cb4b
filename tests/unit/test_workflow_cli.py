"""The installer's command adds the shipped workflows once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from appserver.service.workflow_cli import main
from dbschema.base import Base
from dbschema.models import WorkflowDefinition


def test_install_adds_the_shipped_definitions_once(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'wf.db'}"
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    assert main(["--url", url, "install"]) == 0
    assert main(["--url", url, "install"]) == 0
    assert capsys.readouterr().out.splitlines() == ["13 workflow definitions installed",
                                                    "0 workflow definitions installed"]
    with Session(engine) as db:
        assert db.scalar(select(func.count()).select_from(WorkflowDefinition).where(
            WorkflowDefinition.status == "approved")) == 13
    engine.dispose()
