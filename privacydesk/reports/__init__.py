"""Register-wide documents: the yearly accountability report and the case file for the GBA.

Imports nothing from privacydesk but ``privacydesk.core`` and ``privacydesk.resources``.
"""
