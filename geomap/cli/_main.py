"""The ``geomap`` command: a thin layer over the library.

It parses arguments, reads inputs, calls the pipeline, renders, writes. It is the only
place that prints and the only place that turns exceptions into exit codes:

    0  success, no failing claim
    1  ``geomap check``: at least one claim fails the ``--fail-on`` gate
    2  usage or input error (bad option, missing/unreadable input, refused overwrite)
    3  internal error (a bug: please report it; ``GEOMAP_DEBUG=1`` shows the traceback)
    4  environment error (a damaged gazetteer index: the message names the command that
       rebuilds it)
  130  interrupted

Output never fails on the terminal's encoding: see ``_setup_streams``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gazetteer import GazetteerError
from geomap._version import __version__
from geomap.errors import GeomapError, InputError, UsageError, exit_code

if TYPE_CHECKING:
    from geomap.geoparse import FallbackGeocoder
    from geomap.model import Analysis
    from geomap.report import DocumentError

__all__ = ["main"]

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INTERNAL, EXIT_ENV = 0, 1, 2, 3, 4

#: Formats read by programs; written as UTF-8 whatever the terminal's encoding (JSON must be
#: UTF-8, the JUnit file declares it, and piped output then equals ``-o FILE``'s bytes).
_MACHINE_FORMATS = frozenset({"json", "junit", "csv", "markdown", "geojson"})


def _one_line(msg: object) -> str:
    """A message as one line a terminal only shows: file names and article text in it are
    untrusted, so it goes through ``report.terminal_safe`` like the text report (a newline
    cannot split the line, an escape sequence or a bidi override cannot drive the terminal)."""
    from geomap.report import terminal_safe

    return terminal_safe(msg)


def _is_utf(stream: object) -> bool:
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def _setup_streams(fmt: str | None) -> None:
    """Make printing unable to fail on the encoding (``PYTHONIOENCODING=ascii``, a Latin-1
    terminal): a place name with an umlaut is not an error. A machine format on stdout is
    switched to UTF-8; text on stdout and every stderr line keep the stream's encoding
    and show what it cannot encode as ``\\xfc``/``\\u2014`` (``backslashreplace``), readable
    on that terminal. Streams that are UTF-8 already, or cannot be reconfigured (a test's
    capture), are left alone."""
    for stream, utf8 in ((sys.stdout, fmt in _MACHINE_FORMATS), (sys.stderr, False)):
        if _is_utf(stream) or not hasattr(stream, "reconfigure"):
            continue
        try:
            if utf8:
                stream.reconfigure(encoding="utf-8", errors="strict")
            else:
                stream.reconfigure(errors="backslashreplace")
        except (OSError, ValueError):  # pragma: no cover - a stream that refuses
            pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (plain text or HTML; any common encoding); '-' reads stdin",
    )
    add_analysis_options(p)


def add_analysis_options(p: argparse.ArgumentParser) -> None:
    """The options of how articles are analysed (language, date, geocoder), shared by the
    single-article commands and ``geomap batch``."""
    p.add_argument(
        "--lang", choices=("de", "en"), help="language of the articles (default: detected)"
    )
    p.add_argument(
        "--offline",
        action="store_true",
        help="never use the network: no geocoder fallback (also GEOMAP_OFFLINE=1)",
    )
    p.add_argument(
        "--geocoder",
        default="nominatim",
        metavar="SERVICE",
        help="geopy service for names the gazetteer lacks (default: nominatim)",
    )
    p.add_argument(
        "--geocoder-domain",
        metavar="HOST[:PORT]",
        help="the geocoder's host, e.g. a self-hosted Nominatim",
    )
    p.add_argument("--geocoder-scheme", choices=("http", "https"), help=argparse.SUPPRESS)
    p.add_argument(
        "--user-agent",
        metavar="TEXT",
        help="the geocoder's User-Agent; name yourself, e.g. 'newsroom-check/1.0 (me@example.org)'"
        " (also GEOMAP_USER_AGENT)",
    )
    p.add_argument(
        "--geocoder-timeout",
        type=float,
        metavar="SECONDS",
        help="seconds per geocoder request (default 5; also GEOMAP_GEOCODER_TIMEOUT)",
    )
    p.add_argument(
        "--geocoder-budget",
        type=float,
        metavar="SECONDS",
        help="seconds of geocoding per run, then no more requests "
        "(default 30; also GEOMAP_GEOCODER_BUDGET)",
    )
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the articles' date, for weekdays and relative dates (default: from the header)",
    )


def add_choice_option(
    p: argparse.ArgumentParser, flag: str, choices: Sequence[str], what: str
) -> None:
    """An option taking one of ``choices``, the first its default: declared once, so
    every command's ``--help`` words its choices and default the same way (``geomap
    batch`` uses it too)."""
    p.add_argument(
        flag, choices=choices, default=choices[0], help=f"{what} (default: {choices[0]})"
    )


def add_output_option(p: argparse.ArgumentParser, metavar: str, what: str, **kw: Any) -> None:
    """``-o``/``--output``, the same flags in every command (``geomap batch`` too)."""
    p.add_argument("-o", "--output", metavar=metavar, help=what, **kw)


def _add_output_options(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    add_choice_option(p, "--format", formats, "output format")
    add_output_option(p, "FILE", "write to FILE instead of stdout ('-': stdout)")
    p.add_argument(
        "--force", action="store_true", help="overwrite FILE even if geomap did not write it"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="geomap",
        description=(
            "Find the places in German and English news text, check its distance claims on the "
            "WGS84 ellipsoid, extract its events and draw them on an offline map."
        ),
        epilog=(
            "Exit codes: 0 ok, 1 failing claim (check), 2 usage or input error, 3 internal error, "
            "4 environment error (e.g. a damaged gazetteer index)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser(
        "places",
        help="list the places an article names",
        description="List every place mention, resolved through the local gazetteer.",
    )
    _add_input_options(p)
    _add_output_options(p, ("text", "json", "csv", "geojson"))
    p.set_defaults(handler=_cmd_places)

    p = sub.add_parser(
        "check",
        help="verify distance claims; exit 1 on a failing claim",
        description="Find every distance claim, compute it on the WGS84 ellipsoid and "
        "judge it. For CI: exit 1 when a claim fails the --fail-on gate.",
    )
    _add_input_options(p)
    _add_output_options(p, ("text", "markdown", "json", "junit", "csv", "geojson"))
    add_choice_option(
        p,
        "--fail-on",
        ("inconsistent", "unverifiable", "never"),
        "which verdicts fail the run ('unverifiable' fails on both)",
    )
    add_choice_option(
        p,
        "--unverifiable-as",
        ("skipped", "passed"),
        "how JUnit shows an unverifiable claim that does not fail the run",
    )
    p.add_argument(
        "--events-csv",
        metavar="FILE",
        help="also write the events as CSV (ACLED column names, docs/events.md) to FILE "
        "('-': stdout); an existing CSV is replaced only with --force",
    )
    p.set_defaults(handler=_cmd_check)

    p = sub.add_parser(
        "map",
        help="draw places, claims and events on an offline HTML map",
        description="Write a self-contained Folium HTML map (default maps/<slug>.html).",
    )
    _add_input_options(p)
    add_output_option(p, "FILE", "the HTML file (default: maps/<slug>.html; '-': stdout)")
    p.add_argument(
        "--force", action="store_true", help="overwrite FILE even if geomap did not write it"
    )
    add_choice_option(
        p,
        "--assets",
        ("inline", "cdn"),
        "inline: one file that opens offline; cdn: link the CDN copies",
    )
    p.add_argument(
        "--tiles",
        default="none",
        metavar="NAME|none",
        help="an online tile layer to add as an option (e.g. OpenStreetMap); default none",
    )
    p.set_defaults(handler=_cmd_map)

    from geomap.cli import _batch as cli_batch
    from geomap.cli import _gazetteer as cli_gazetteer

    cli_batch.register(sub)
    cli_gazetteer.register(sub)
    cli_eval: types.ModuleType | None
    try:
        from geomap.cli import _eval as cli_eval
    except ImportError:  # pragma: no cover - during development only
        cli_eval = None
    if cli_eval is not None:
        cli_eval.register(sub)
    return parser


# --- helpers ----------------------------------------------------------------------------


def geocoder_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of ``geoparse.make_geocoder`` the geocoder options ask for."""
    kwargs: dict[str, Any] = {}
    if args.geocoder_domain:
        kwargs["domain"] = args.geocoder_domain
    if args.geocoder_scheme:
        kwargs["scheme"] = args.geocoder_scheme
    kwargs["user_agent"] = args.user_agent
    kwargs["timeout"] = args.geocoder_timeout
    kwargs["budget_seconds"] = args.geocoder_budget
    return kwargs


def _geocoder(args: argparse.Namespace) -> FallbackGeocoder | None:
    if args.offline:
        return None
    from geomap.geoparse import make_geocoder

    return make_geocoder(args.geocoder, offline=None, **geocoder_options(args))


def parse_date(args: argparse.Namespace) -> dt.date | None:
    if not args.date:
        return None
    try:
        return dt.date.fromisoformat(args.date)
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {args.date!r}") from None


def _analyses(
    args: argparse.Namespace, *, places_only: bool = False
) -> list[Analysis | DocumentError]:
    """Analyse each input; an unreadable input becomes a DocumentError and the rest go on."""
    from geomap.pipeline import MAX_ANALYSIS_CHARS, analyze_document, default_gazetteer
    from geomap.report import DocumentError
    from geomap.text import read_path, read_stdin

    date = parse_date(args)
    if args.paths.count("-") > 1:
        raise UsageError("stdin ('-') can be read only once")
    geocoder = _geocoder(args)
    gaz = default_gazetteer()
    results: list[Analysis | DocumentError] = []
    for path in args.paths:
        try:
            doc = (
                read_stdin(lang=args.lang, max_chars=MAX_ANALYSIS_CHARS)
                if path == "-"
                else read_path(path, lang=args.lang, max_chars=MAX_ANALYSIS_CHARS)
            )
            results.append(
                analyze_document(
                    doc,
                    date=date,
                    gazetteer=gaz,
                    geocoder=geocoder,
                    claims=not places_only,
                    events=not places_only,
                )
            )
        except InputError as exc:
            results.append(DocumentError(path, str(exc)))
    return results


#: ``-o`` values that mean this process's standard output (written through ``sys.stdout``,
#: so its position and append mode are kept and nothing is opened or renamed).
_STDOUT_TARGETS = ("-", "/dev/stdout")


def _stdout(content: str) -> None:
    """Write to stdout; a reader that closed early (``| head``) does not change the exit code.

    After a broken pipe, stdout is pointed at devnull (the Python docs' SIGPIPE note) so
    the flush at exit cannot fail again; the verdict of the run is still returned.
    """
    try:
        sys.stdout.write(content)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Point stdout at devnull after its reader went away, so the flush at exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real fd (captured in tests)
        pass


def _emit(args: argparse.Namespace, content: str) -> None:
    _emit_to(args.output, content, force=args.force)


def _emit_to(target: str | None, content: str, *, force: bool) -> None:
    if target and target not in _STDOUT_TARGETS:
        from geomap.report import write_output

        write_output(Path(target), content, force=force)
    else:
        _stdout(content)


def _input_errors(results: Sequence[Analysis | DocumentError]) -> int:
    from geomap.report import DocumentError

    errs = [r for r in results if isinstance(r, DocumentError)]
    for e in errs:
        print(f"geomap: error: {_one_line(e.error)}", file=sys.stderr)
    return len(errs)


def _cmd_places(args: argparse.Namespace) -> int:
    from geomap.report import render

    results = _analyses(args, places_only=True)
    n_err = _input_errors(results)  # printed first: a refused -o must not hide them
    _emit(args, render(args.format, results, what="places"))
    return EXIT_USAGE if n_err else EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from geomap.report import DocumentError, failing_claims, render, render_csv

    results = _analyses(args)
    n_err = _input_errors(results)  # printed first: a refused -o must not hide them
    _emit(
        args,
        render(
            args.format,
            results,
            what="check",
            fail_on=args.fail_on,
            unverifiable_as=args.unverifiable_as,
        ),
    )
    if args.events_csv:
        _emit_to(args.events_csv, render_csv(results, what="events"), force=args.force)
    if n_err:
        return EXIT_USAGE
    failing = sum(
        len(failing_claims(r, args.fail_on)) for r in results if not isinstance(r, DocumentError)
    )
    return EXIT_FAIL if failing else EXIT_OK


def _cmd_map(args: argparse.Namespace) -> int:
    from geomap.maps import build_map, render_html
    from geomap.pipeline import default_gazetteer
    from geomap.report import DocumentError, slugify, write_output

    results = _analyses(args)
    analyses = [r for r in results if not isinstance(r, DocumentError)]
    n_err = _input_errors(results)
    if not analyses:
        return EXIT_USAGE
    if args.output:
        out = Path(args.output)
    else:
        first = analyses[0].document.path or "stdin"
        out = Path("maps") / f"{slugify(Path(first).stem)}.html"
    tiles = None if args.tiles in (None, "", "none") else args.tiles
    m = build_map(analyses, default_gazetteer(), assets=args.assets, tiles=tiles)
    if args.output in _STDOUT_TARGETS:
        _stdout(render_html(m))
    else:
        write_output(out, render_html(m), force=args.force)
        _stdout(f"{out}\n")
    return EXIT_USAGE if n_err else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run one command; every exception ends here as one line on stderr and an exit code."""
    _setup_streams(None)  # stderr first: a usage error may already need it
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        _setup_streams(getattr(args, "format", None))
        return int(args.handler(args))
    except (GeomapError, GazetteerError) as exc:
        print(f"geomap: error: {_one_line(exc)}", file=sys.stderr)
        return exit_code(exc) or EXIT_INTERNAL
    except KeyboardInterrupt:
        print("geomap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # only commands without a gate get here (eval, gazetteer): check, places and map
        # write through _stdout and return their verdict
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the CLI edge: never a traceback for the user
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        print(
            f"geomap: internal error: {type(exc).__name__}: {_one_line(exc)} "
            "(GEOMAP_DEBUG=1 shows the "
            "traceback)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
