# press — common tasks. `just --list` shows them.

# Export the bundles of the sample releases (as asel, the sample publisher) and say where they are.
demo:
    press list
    press status
    python -c "import json, subprocess; [subprocess.run(['press', 'export', r['id'], '--as', 'asel'] + ([] if r['state'] in ('approved', 'published') else ['--draft']), check=True) for r in json.loads(subprocess.run(['press', 'list', '--json'], check=True, capture_output=True, text=True).stdout)]"
    @echo "Open the files above in LibreOffice/Word and a browser (they are under exports/)."

# Run the test suite (unit tests, CLI tests, doctests).
test *ARGS:
    python -m pytest {{ARGS}}

# Check the code with ruff.
lint:
    ruff check .
    ruff format --check .

# Run the benchmark suite: each case beside its baseline (msgmerge, pot2po, pysbd, polib)
# in the same run; writes tests/benchmarks/results.md. Baselines: gettext from the system,
# translate-toolkit and pysbd from `pip install -e ".[bench]"`.
bench *ARGS:
    python tests/benchmarks/run.py {{ARGS}}
