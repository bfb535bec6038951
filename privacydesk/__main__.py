import sys

from privacydesk.cli import main

sys.exit(main())
