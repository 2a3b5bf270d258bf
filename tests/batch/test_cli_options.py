"""``geomap batch`` and the single-article commands declare their shared options once: a
user reading either ``--help`` sees the same flags, choices, defaults and wording."""

from __future__ import annotations

import argparse

from geomap.cli._main import build_parser


def _options(command: str) -> dict[str, argparse.Action]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {flag: act for act in sub.choices[command]._actions for flag in act.option_strings}


def test_the_analysis_options_read_the_same_in_batch_and_in_check():
    batch, check = _options("batch"), _options("check")
    shared = {"--lang", "--offline", "--geocoder", "--geocoder-domain", "--user-agent",
              "--geocoder-timeout", "--geocoder-budget", "--date"}  # fmt: skip
    assert shared <= batch.keys() & check.keys()
    for flag in shared:
        same = ("help", "choices", "default", "metavar", "type")
        assert [getattr(batch[flag], k) for k in same] == [getattr(check[flag], k) for k in same]


def test_output_and_format_have_the_same_flags_and_the_same_default_wording():
    batch, check = _options("batch"), _options("check")
    assert batch["-o"] is batch["--output"] and check["-o"] is check["--output"]
    assert batch["-o"].required and not check["-o"].required
    for opts in (batch, check):
        fmt = opts["--format"]
        assert fmt.default == fmt.choices[0]
        assert fmt.help.endswith(f"(default: {fmt.default})")
    assert batch["--format"].choices == ("parquet", "jsonl")
