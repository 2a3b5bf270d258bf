"""Run notebooks/walkthrough.ipynb and store it with its outputs (what a code host shows).

    .venv/bin/python scripts/run_notebook.py

Run it after a change to the map or the reports; tests/test_notebook.py re-executes the
notebook and compares its text outputs with the stored ones.
"""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"


def main() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    for cell in nb.cells:  # timestamps would change the file on every run
        cell.metadata.pop("execution", None)
    nbformat.write(nb, NOTEBOOK)
    print(NOTEBOOK)


if __name__ == "__main__":
    main()
