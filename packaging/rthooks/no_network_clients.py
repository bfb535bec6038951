"""PyInstaller runtime hook: pyHanko's network clients stand in without aiohttp.

pyHanko imports its aiohttp-based timestamp client and certificate/CRL/OCSP fetchers whenever
its signature validation loads, but PrivacyDesk never fetches: it validates with fetching off
(privacydesk/documents/signatures.py: ``allow_fetching=False``), never timestamps and never
runs pyHanko's AdES validation. So the spec leaves aiohttp out of the bundle, with what only it
brings (yarl, multidict, frozenlist, propcache, aiosignal, aiohappyeyeballs: about 9 MiB),
and these two stand-ins take the place of pyHanko's two modules that import it: importing
them works, using them raises. tests/test_packaging.py validates a signed PDF with aiohttp
blocked and these stand-ins in place; the frozen smoke test does it in the built program.

Runs before the program (custom runtime hooks run first), with the standard library only.
"""

import sys
import types

_WHY = (
    "PrivacyDesk fetches nothing from the network; pyHanko's aiohttp clients are not in this build."
)


def _stand_in(module_name: str, *class_names: str, package: bool = False) -> None:
    module = types.ModuleType(module_name, "Stand-in without aiohttp (packaging/rthooks).")
    if package:
        module.__path__ = []  # a package with no submodules: pyHanko imports it as one

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(_WHY)

    for name in class_names:
        setattr(module, name, type(name, (), {"__init__": refuse, "__module__": module_name}))
    sys.modules[module_name] = module


# pyhanko.sign.timestamps/__init__.py: ``from .aiohttp_client import HTTPTimeStamper``
_stand_in("pyhanko.sign.timestamps.aiohttp_client", "HTTPTimeStamper", "AIOHttpTimeStamper")
# pyhanko.sign.validation.ades: ``from ...fetchers.aiohttp_fetchers import AIOHttpFetcherBackend``
_stand_in("pyhanko_certvalidator.fetchers.aiohttp_fetchers", "AIOHttpFetcherBackend", package=True)
