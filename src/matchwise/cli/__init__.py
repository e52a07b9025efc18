"""The one `matchwise` command. Each subcommand parses its arguments and calls one service."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from matchwise.cli import (
    market,
    mentees,
    network,
    outreach,
    programs,
    rotations,
    season,
    transfer,
)
from matchwise.cli.base import BUSY_EXIT_CODE, BUSY_MESSAGE, CliError, Command, database_busy

COMMANDS: list[Command] = [
    network.COMMANDS[0],  # serve
    *transfer.COMMANDS,
    *network.COMMANDS[1:],
    *outreach.COMMANDS,
    *programs.COMMANDS,
    *market.COMMANDS,
    *rotations.COMMANDS,
    *mentees.COMMANDS,
    *season.COMMANDS,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matchwise",
        description="Your residency network and program list, kept on this computer.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        sub = subparsers.add_parser(command.name, help=command.help, description=command.help)
        command.arguments(sub)
        sub.set_defaults(handler=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except CliError as error:
        print(f"matchwise: {error}", file=sys.stderr)
        return error.exit_code
    except Exception as error:
        if not database_busy(error):
            raise
        # Everything the command was writing was rolled back with its transaction.
        print(f"matchwise: {BUSY_MESSAGE}", file=sys.stderr)
        return BUSY_EXIT_CODE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`matchwise contacts | head`): not an error
        sys.stderr.close()
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
