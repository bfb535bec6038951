"""PrivacyDesk: the register of GDPR data-subject requests for a privacy officer."""

__version__ = "0.1.0"
