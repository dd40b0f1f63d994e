"""The console-script entry point. It answers ``--version`` before importing the CLI: start-up
time is a feature, and Typer alone takes tens of milliseconds to import."""

from __future__ import annotations

import sys


def main() -> None:
    """Run papercli."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from papercli import __version__

        sys.stdout.write(f"papercli {__version__}\n")
        return
    try:
        from papercli.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:
        # Outside a command (starting up, shutting down): never a traceback.
        from papercli.cli import interrupted

        interrupted()
        sys.exit(130)
    except BrokenPipeError:
        # The reader (head, less) went away: not an error. Python's documented recipe: point
        # stdout at devnull so the interpreter's final flush does not fail again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
