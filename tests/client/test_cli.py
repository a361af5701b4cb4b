"""The pmis-client command line."""

from __future__ import annotations

import pytest

from client.__main__ import parse


def test_servers_repeat_in_order_and_language_is_checked() -> None:
    args = parse(["--server", "10.0.0.1:7610", "--server", "10.0.0.2:7610", "--lang", "en",
                  "--user", "dh.clerk1", "--password", "demo1234"])
    assert args.server == ["10.0.0.1:7610", "10.0.0.2:7610"]
    assert (args.lang, args.user, args.password) == ("en", "dh.clerk1", "demo1234")
    assert parse([]).server == []
    with pytest.raises(SystemExit):
        parse(["--lang", "fr"])
