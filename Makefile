# Atelier Réseau: one target per habit. CI runs `make test`, exactly as people do.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
# PORT given on the command line (or in the environment) moves whichever server is started;
# otherwise JupyterLab listens on 8888 and the app on 8866.
APP_PORT := $(if $(filter command line environment,$(origin PORT)),$(PORT),8866)
PORT ?= 8888

.PHONY: workshop app room test bench notebooks lint format clean

# The virtual environment, with the project installed (editable) and, for tests, its test extra.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Atelier Réseau needs Python 3.11 or newer (found " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed-runtime

## make workshop: demo workspaces + JupyterLab on workshops/ (HOST=, PORT= to change where it listens)
workshop: $(VENV)/.installed-runtime
	$(BIN)/atelier demo all
	$(BIN)/atelier workshop --host "$(HOST)" --port "$(PORT)"

## make app: the workshop as forms and charts (Voilà), one private folder per browser (PORT= to move)
app: $(VENV)/.installed-runtime
	$(BIN)/atelier app --port "$(APP_PORT)"

## make room: open the room: the workshop for participants' laptops on this network, with a room
## code, a QR code and the trainer's console (APP_PORT= to move, ROOM_MAX= participants at once,
## PARTICIPANTS= expected: a page is prepared ahead for each)
room: $(VENV)/.installed-runtime
	$(BIN)/atelier app --room --port "$(or $(APP_PORT),8866)" --max-kernels "$(or $(ROOM_MAX),40)" \
		--participants "$(or $(PARTICIPANTS),10)"

## make test: every test: unit, property, notebooks (nbval), browser
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

## make bench: performance figures (printed, not asserted)
bench: $(VENV)/.installed-test
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

## make notebooks: re-run every notebook on a fresh `cecile` demo (one per language) and save its
## outputs (for nbval)
notebooks: $(VENV)/.installed-test
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	ATELIER_LANG=fr $(BIN)/atelier demo cecile --workspace "$$scratch/cecile-fr.sqlite" >/dev/null && \
	ATELIER_LANG=en $(BIN)/atelier demo cecile --workspace "$$scratch/cecile-en.sqlite" >/dev/null && \
	ATELIER_WORKSPACE="$$scratch/cecile-{lang}.sqlite" ATELIER_WORKSPACE_DIR="$$scratch/ws" \
	PLOTLY_RENDERER=plotly_mimetype ATELIER_LANG= \
	$(BIN)/jupyter nbconvert --log-level=WARN --to notebook --execute --inplace \
		--ExecutePreprocessor.store_widget_state=False --ExecutePreprocessor.record_timing=False \
		--ClearMetadataPreprocessor.enabled=True --ClearMetadataPreprocessor.clear_notebook_metadata=False \
		$$(find workshops exercises -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | sort)

## make lint: ruff (style and errors) and the layer rules (import-linter, see pyproject.toml)
lint: $(VENV)/.installed-test
	$(BIN)/ruff check toolkit tests benchmarks conftest.py
	$(BIN)/ruff format --check toolkit tests benchmarks conftest.py
	$(BIN)/lint-imports --no-cache

format: $(VENV)/.installed-test
	$(BIN)/ruff format toolkit tests benchmarks conftest.py
	$(BIN)/ruff check --fix toolkit tests benchmarks conftest.py

clean:
	rm -rf $(VENV) build *.egg-info test-artifacts
