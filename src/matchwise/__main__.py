"""`python -m matchwise` runs the same command as `matchwise`."""

import sys

from matchwise.cli import main

sys.exit(main())
