# Shortcuts for developers; the README's quick start needs none of them.
.PHONY: demo test lint typecheck translations bench bench-client

demo:
	bash installer/dev.sh demo

test:
	bash installer/dev.sh test -q

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check . || true

typecheck:
	.venv/bin/mypy appserver dbschema client

translations:
	.venv/bin/python -m client.i18n_build

bench:  # search, round trips and server memory on one 1,000,000-customer database
	.venv/bin/python -m tests.bench

bench-client:  # an hour of scripted counter work in the real client
	.venv/bin/python -m tests.bench.bench_client_memory --minutes 60
