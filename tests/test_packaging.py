"""What the frozen build leaves out must not be needed by what the program does.

The PyInstaller spec (packaging/privacydesk.spec) leaves aiohttp out and a runtime hook puts
stand-ins in place of pyHanko's two modules that import it
(packaging/rthooks/no_network_clients.py). Here a signed request is validated the way the
documents tab does it, in a fresh interpreter where aiohttp and what only it brings cannot be
imported and the hook ran first, as in the bundle. If a pyHanko upgrade starts to need
aiohttp while validating, this fails here instead of on the officer's workstation.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

from tests.documents.test_signatures import make_pki, make_signed_pdf

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "packaging" / "rthooks" / "no_network_clients.py"
# What the bundle lacks once aiohttp is excluded (the spec's NETWORK_CLIENTS and what only
# aiohttp imports).
LEFT_OUT = (
    "aiohttp",
    "yarl",
    "multidict",
    "frozenlist",
    "propcache",
    "aiosignal",
    "aiohappyeyeballs",
    "pyhanko.sign.signers.csc_signer",
    "pyhanko.sign.validation.qualified.eutl_fetch",
)

_PROBE = """
import runpy, sys
from pathlib import Path

LEFT_OUT = {left_out!r}

class NotInTheBundle:
    def find_spec(self, name, path=None, target=None):
        if any(name == gone or name.startswith(gone + ".") for gone in LEFT_OUT):
            raise ModuleNotFoundError(f"No module named {{name!r}} (not in the bundle)")
        return None

sys.meta_path.insert(0, NotInTheBundle())
runpy.run_path({hook!r})

from privacydesk.documents.signatures import validate_pdf_signatures

folder = Path(sys.argv[1])
(report,) = validate_pdf_signatures(
    (folder / "signed.pdf").read_bytes(), trusted_roots=[(folder / "root.pem").read_bytes()]
)
assert report.intact and report.trusted, report
loaded = [name for name in sys.modules if name.split(".")[0] in {{"aiohttp", "yarl"}}]
assert not loaded, loaded
print(report.summary)
"""


def test_a_signed_request_validates_without_pyhankos_network_clients(tmp_path: Path) -> None:
    material = make_pki()
    (tmp_path / "signed.pdf").write_bytes(make_signed_pdf(material))
    (tmp_path / "root.pem").write_bytes(material["ca"])
    probe = _PROBE.format(left_out=LEFT_OUT, hook=str(HOOK))

    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "is geldig" in result.stdout


def test_the_stand_ins_refuse_to_fetch() -> None:
    probe = (
        f"import runpy; runpy.run_path({str(HOOK)!r})\n"
        "from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend\n"
        "AIOHttpFetcherBackend()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "fetches nothing from the network" in result.stderr


def _samples(folder: Path) -> None:
    samples = runpy.run_path(str(ROOT / "packaging" / "smoke_samples.py"), run_name="samples")
    samples["main"](folder)


def _bundle_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacydesk", "--bundle-check", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_bundle_check_validates_the_samples_the_smoke_test_writes(tmp_path: Path) -> None:
    _samples(tmp_path)

    result = _bundle_check(tmp_path)

    assert result.returncode == 0, result.stderr
    assert "bundle check signature: De handtekening van" in result.stdout
    assert (
        "bundle check outlook message: Éloïse Van den Broeck <eloise@example.be>" in result.stdout
    )


def test_the_bundle_check_fails_on_a_signature_that_does_not_hold(tmp_path: Path) -> None:
    _samples(tmp_path)
    (tmp_path / "root.pem").write_bytes(make_pki()["ca"])  # another PKI's root: not trusted

    result = _bundle_check(tmp_path)

    assert result.returncode == 1
    assert "bundle check signature failed" in result.stderr
