"""docs/rating.md shows real outputs: every CLI block equals what the CLI prints now."""

from __future__ import annotations

import pytest

from tests.unit.rating.doc_examples import DOC, blocks, run_cli

BLOCKS = blocks(DOC.read_text(encoding="utf-8"))


def test_the_document_has_cli_examples() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize(("args", "body"), BLOCKS, ids=[a for a, _ in BLOCKS])
def test_cli_block_is_current(args: str, body: str) -> None:
    assert body == run_cli(args)
