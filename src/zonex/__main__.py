"""``python -m zonex`` is the ``zonex`` command."""

import sys

from .cli import main

sys.exit(main())
