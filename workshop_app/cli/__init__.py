"""The command-line interface: ``workshop-app [--db PATH] [COMMAND …]``.

Same services as the GUI. Exit codes: 0 success; 1 bad input or a refused
operation, with one clear line on stderr; 2 usage error (argparse).
This package never imports the window (``workshop_app.ui``), nor the window this package:
``workshop_app.__main__`` chooses between them and hands ``run`` the function that starts
the window when no command is given.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from workshop_app import __version__, paths
from workshop_app.errors import UserError

#: Modules that add sub-commands; each has ``register(subparsers, common)``.
COMMAND_MODULES = (
    "workshop_app.cli.core",
    "workshop_app.cli.sync",
    "workshop_app.cli.handout",
    "workshop_app.cli.safety",
    "workshop_app.cli.curate",
    "workshop_app.cli.setup",
)

#: Each command and the module that registers it. A run imports only the module of the
#: command it runs (importing every command module costs more than a small command does);
#: ``--help``, a usage error and a command missing here build the whole parser, so every
#: command is always listed (tests/test_cli.py checks this table against the modules).
COMMANDS = {
    "demo": "workshop_app.cli.core", "event": "workshop_app.cli.core",
    "note": "workshop_app.cli.core", "import-csv": "workshop_app.cli.core",
    "info": "workshop_app.cli.core", "export": "workshop_app.cli.core",
    "session": "workshop_app.cli.sync", "merge": "workshop_app.cli.sync",
    "handout": "workshop_app.cli.handout",
    "backup": "workshop_app.cli.safety", "privacy": "workshop_app.cli.safety",
    "recurring": "workshop_app.cli.curate", "point": "workshop_app.cli.curate",
    "theme": "workshop_app.cli.setup", "meeting": "workshop_app.cli.setup",
    "group": "workshop_app.cli.setup", "topic": "workshop_app.cli.setup",
    "document": "workshop_app.cli.setup",
}  # fmt: skip


def common_options() -> argparse.ArgumentParser:
    """Options every command takes (``--db``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="consultation database (default: consultation.sqlite in the user's data folder)",
    )
    return common


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only with the module of ``command`` if given
    (``""``: with none, for ``--version``), or with only ``command`` itself when its module
    lists its parsers one by one (``PARSERS``)."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="workshop-app",
        description=(
            "Capture, merge and summarise the notes of citizen dialogue meetings. "
            "Without a command, the window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"workshop-app {__version__}")
    parser.add_argument("--db", metavar="PATH", type=Path, default=None,
                        help="consultation database to open")
    parser.add_argument("--lang", choices=("da", "en"), default=None,
                        help="language of the window (default: the saved setting, else the system's)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    modules = [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES
    if command == "":
        modules = []
    for name in modules:
        module = importlib.import_module(name)
        # A module that lists a parser per command (PARSERS) builds only the one run: the
        # export and info commands should not pay for building note's dozen sub-parsers.
        add_parser = getattr(module, "PARSERS", {}).get(command)
        if add_parser is not None:
            add_parser(subparsers, common)
        else:
            module.register(subparsers, common)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (after the global options); ``""`` for ``--version``
    (no command module needed); None when the whole parser must answer (help, errors)."""
    args = iter(argv)
    for arg in args:
        if arg in ("--db", "--lang"):
            next(args, None)  # its value
        elif arg == "--version":
            return ""
        elif arg.startswith("-"):
            if not arg.startswith(("--db=", "--lang=")):
                return None  # help or an unknown option: the whole parser answers
        else:
            return arg if arg in COMMANDS else None
    return None


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else paths.default_db_path()


def _window_only_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``--db PATH`` / ``--lang X`` and nothing else: the window, without loading every command."""
    quick = _QuietParser(add_help=False)
    quick.add_argument("--db", type=Path, default=None)
    quick.add_argument("--lang", choices=("da", "en"), default=None)
    try:
        args, rest = quick.parse_known_args(list(argv))
    except ValueError:  # let the full parser report the usage error
        return None
    return None if rest else args


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise ValueError(message)


#: Starts the window for ``--db``/``--lang`` without a command; returns the exit code.
WindowStarter = Callable[[argparse.Namespace], int]


def run(argv: Sequence[str] | None = None, start_window: WindowStarter | None = None) -> int:
    """Run one command; without a command, ``start_window(args)`` (the entry point passes
    it), or the usage when there is no window to start."""
    argv = sys.argv[1:] if argv is None else list(argv)
    command = command_of(argv)
    args = None if command in COMMANDS else _window_only_args(argv)  # a command: no window
    if args is None:
        args = build_parser(command).parse_args(argv)
    handler: Callable[[argparse.Namespace], int | None] | None = getattr(args, "func", None)
    try:
        with _sigterm_as_interrupt():
            if handler is None:
                if start_window is None:
                    build_parser().print_usage()
                    return 2
                return start_window(args)  # it starts the file's check first (__main__)
            # The composition root of the command line: one open policy (automatic backups,
            # the newest good backup named when a file is refused) for every command.
            from workshop_app.safety.backup import open_policy

            args.open_policy = open_policy(on_error=_warn)
            _check_text_arguments(args)
            _check_path_arguments(args)
            return handler(args) or 0
    except UserError as exc:
        print(f"workshop-app: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("workshop-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the file system refused (a name too long, no permission, …)
        from workshop_app.store.database import describe_os_error

        _log_crash()  # kept in case it was a bug after all
        where = Path(os.fsdecode(exc.filename)) if exc.filename else Path("a file")
        print(f"workshop-app: error: {describe_os_error(exc, where)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 -- a bug, unless the disk filled up
        from workshop_app.store.database import disk_is_full

        if disk_is_full(exc, getattr(args, "db", None)):
            print("workshop-app: error: the disk is full: nothing more could be written "
                  "(everything saved before is kept)", file=sys.stderr)
            return 1
        # A bug: keep the traceback out of the user's face, but keep it.
        log = _log_crash()
        where = f" (details in {log})" if log else ""
        print(f"workshop-app: internal error: {exc.__class__.__name__}: {exc}{where}",
              file=sys.stderr)
        return 1


def open_store(args: argparse.Namespace, *, create: bool = False, readonly: bool = False):
    """The store of ``--db``, opened with the command line's open policy (see ``run``).
    ``readonly`` for commands that only read: they never create or convert a file and work
    on a write-protected file or medium."""
    from workshop_app.store import Store
    from workshop_app.store.policy import PLAIN

    return Store.open(db_path(args), create=create, readonly=readonly,
                      policy=getattr(args, "open_policy", PLAIN))


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (a logout, ``kill``) ends a command like Ctrl+C: its clean-up runs (temporary
    files are removed, a transaction is rolled back) instead of the process just stopping."""
    import signal

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except (ValueError, OSError):  # not the main thread (in-process tests)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _check_path_arguments(args: argparse.Namespace) -> None:
    """Refuse a pipe, device or socket given as a file (``--db``, an input, ``--out``) before
    any command opens it: reading a FIFO blocks until someone writes to it (a hang)."""
    import stat

    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and name in ("out", "file", "files", "db"):
                item = Path(item)
            if not isinstance(item, Path):
                continue
            try:
                mode = os.stat(item).st_mode
            except OSError:
                continue  # missing or unreadable: the command says so in its own words
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise UserError(
                    f"{item} is not a regular file (a pipe, device or socket); "
                    f"give a file for {'--' + name if name in ('db', 'out') else name}"
                )


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse text that is not valid UTF-8 (Python keeps such bytes as lone surrogates, which
    SQLite and every file format reject); file paths may hold any bytes and are left alone."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    raise UserError(
                        f"the {name.replace('_', '-')} argument is not valid UTF-8 text "
                        "(check the terminal's character encoding)"
                    ) from None


def _warn(message: str) -> None:
    print(f"workshop-app: warning: {message}", file=sys.stderr)


def _log_crash() -> Path | None:
    import traceback

    try:
        log = paths.data_dir() / "error.log"
        # Owner-only: a traceback can quote what was being saved (citizens' words).
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return log
    except (OSError, UserError):  # no usable data folder
        return None


def main() -> None:
    """The command line alone (``workshop-app`` itself starts at ``workshop_app.__main__``)."""
    sys.exit(run())
