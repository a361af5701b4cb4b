# Shortcuts for developers; the README's quick start needs none of them.
.PHONY: demo test lint typecheck translations bench

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

bench:
	.venv/bin/python -m tests.bench.bench_search
	.venv/bin/python -m tests.bench.bench_rpc
	.venv/bin/python -m tests.bench.bench_memory
