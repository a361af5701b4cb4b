"""python -m appserver --role primary|standby --config FILE"""

from __future__ import annotations

import argparse
import logging

from appserver.core.config import ServerConfig
from appserver.daemon import run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="pmis-server", description="PMIS application server")
    parser.add_argument("--config", required=True, help="TOML configuration file")
    parser.add_argument("--role", choices=("primary", "standby"), help="overrides the file")
    parser.add_argument("--port", type=int, help="overrides the file")
    parser.add_argument("--name", help="server name in logs and the lease; overrides the file")
    parser.add_argument("--database-url", help="overrides the file")
    args = parser.parse_args(argv)
    cfg = ServerConfig.load(args.config, role=args.role, port=args.port, name=args.name,
                            database_url=args.database_url)
    logging.basicConfig(level=cfg.log_level,
                        format="%(asctime)s %(name)s %(levelname)s [" + cfg.name + "] %(message)s")
    run(cfg)


if __name__ == "__main__":
    main()
