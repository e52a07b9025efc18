"""Another program changing the tracker while a test runs: `python -m tests.cli.other_writer S`.

Every S seconds it adds a contact and logs a meeting with them, in one transaction, through
the app's own services, on the database of MATCHWISE_DATA_DIR. It prints one line per write,
`ok SECONDS` or `busy SECONDS` (how long the write took, waiting for the lock included), and
runs until it is stopped."""

from __future__ import annotations

import os
import sys
import time
from datetime import date


def main(interval: float) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "matchwise.site.settings"
    import django

    django.setup()
    from django.db import OperationalError, transaction

    from matchwise.network import services
    from matchwise.network.choices import Channel, Direction
    from matchwise.network.models import Contact

    written = 0
    while True:
        start = time.perf_counter()
        try:
            with transaction.atomic():
                contact = services.save_contact(Contact(name=f"Walk-in visitor {written}"))
                meeting = services.NewInteraction(
                    date.today(), Channel.IN_PERSON, Direction.OUTBOUND, "Met at the clinic"
                )
                services.log_interaction(contact, meeting)
            written += 1
            outcome = "ok"
        except OperationalError:
            outcome = "busy"
        took = time.perf_counter() - start
        print(f"{outcome} {took:.3f}", flush=True)
        time.sleep(max(0.0, interval - took))


if __name__ == "__main__":
    main(float(sys.argv[1]))
