# press — common tasks. `just --list` shows them.

# Export the draft bundles of the sample releases and say where they are.
demo:
    press list
    press status
    python -c "import json, subprocess; [subprocess.run(['press', 'export', r['id'], '--draft'], check=True) for r in json.loads(subprocess.run(['press', 'list', '--json'], check=True, capture_output=True, text=True).stdout)]"
    @echo "Open the files above in LibreOffice/Word and a browser (they are under exports/)."

# Run the test suite (unit tests, CLI tests, doctests).
test *ARGS:
    python -m pytest {{ARGS}}

# Check the code with ruff.
lint:
    ruff check .
    ruff format --check .
