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
