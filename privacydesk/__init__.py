"""PrivacyDesk: the register of GDPR data-subject requests for a privacy officer."""

import logging

__version__ = "0.1.0"

# Library practice: nothing reaches the console unless the program sets up its log file.
logging.getLogger("privacydesk").addHandler(logging.NullHandler())
