"""`python -m osc_desktop.cli`, as `python -m osc_desktop`."""

import sys

from osc_desktop.cli import main

sys.exit(main())
