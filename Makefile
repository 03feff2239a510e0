# The two commands of the README: `make run` and `make test` do all the set-up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install whenever pyproject.toml or the lock changes.
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
# The lock: exact versions of every dependency (with the test and package extras) for
# each supported Python, one file with environment markers. `make lock` refreshes it.
LOCK_PYTHON := 3.11

.PHONY: run test test-long benchmarks package package-test venv-package lock translations clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Curator needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	$(BIN)/curator

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Catalogues refreshed from the code, .qm files built (packaging/translations.py).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

# The crash suite at length: a child killed at 40 random (seeded) moments of its work.
test-long: $(STAMP)
	CURATOR_CRASH_RUNS=40 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/test_crashes.py

# Installers (packaging/): the build tools are in the lock, so in the same .venv.
venv-package: $(STAMP)

package: venv-package
	$(BIN)/python packaging/build.py

# Build the .deb, install it, run it headless, uninstall (as root; see packaging/smoke_test.sh).
package-test:
	bash packaging/smoke_test.sh --fresh-system

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# Re-resolve every dependency to the newest versions pyproject.toml allows, for every
# supported Python and platform at once; review the diff, run `make test`, commit.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --universal --python-version $(LOCK_PYTHON) \
		--extra test --extra package --upgrade --no-header -o requirements.lock

clean:
	rm -rf $(VENV) build dist *.egg-info
