"""PyInstaller runtime hook: both programs import the shared Python modules from one zip.

``PrivacyDesk(.exe)`` and ``privacydesk-cli(.exe)`` each carry a module archive (PYZ) inside
the executable. The spec moves every pure-Python package that has no files of its own in
``_internal`` (SQLAlchemy's ORM code stays: its compiled parts sit in ``_internal/sqlalchemy``)
into ``_internal/python-modules.zip`` instead, once for both, and this hook puts that zip on
``sys.path``, where Python's own zipimport finds them: the way PyInstaller itself loads the
standard library's start-up modules from ``base_library.zip``.

Runs before the program and before PyInstaller's own runtime hooks (custom hooks run first),
with the built-in modules only.
"""

import os
import sys

sys.path.append(os.path.join(sys._MEIPASS, "python-modules.zip"))
