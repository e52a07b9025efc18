"""Test settings: the app's own, with the data folder in a temporary directory."""

import atexit
import os
import shutil
import tempfile

_data_dir = tempfile.mkdtemp(prefix="matchwise-tests-")
atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)
os.environ["MATCHWISE_DATA_DIR"] = _data_dir

from matchwise.site.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The SQLite test database lives in memory with a shared cache, where locks are per table and
# a lock held by another connection fails at once: the test's own transaction, begun IMMEDIATE,
# would lock out the connection that tests/api/conftest.py uses to hold the database busy. The
# app's IMMEDIATE transactions and busy timeout are tested on real database files, in other
# processes (tests/cli/test_import_while_another_writes.py, test_busy_database_message.py).
_options = DATABASES["default"]["OPTIONS"]  # noqa: F405
assert isinstance(_options, dict)
_options.pop("transaction_mode", None)
