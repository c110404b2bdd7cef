"""Both install modes give one import root holding runtime and generated code."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PROBE = """
import json, dicomodel, dicomodel._build, dicomodel.provenance
print(json.dumps({
    "runtime": dicomodel.provenance.__file__,
    "generated": dicomodel._build.__file__,
    "edition": dicomodel.provenance.edition(),
}))
"""


def _build_wheel(target: str, out_dir: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", target, "-d", str(out_dir)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = out_dir.glob("*.whl")
    return wheel


def _install_into_fresh_venv(wheel: Path, env_dir: Path) -> Path:
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return python


def _probe(python: Path, cwd: Path) -> dict[str, str]:
    done = subprocess.run(
        [str(python), "-c", PROBE], cwd=cwd, check=True, capture_output=True, text=True
    )
    return dict(json.loads(done.stdout))


@pytest.mark.slow
def test_wheel_install_merges_runtime_and_generated(tmp_path: Path) -> None:
    wheel = _build_wheel("wheel", tmp_path / "dist")
    python = _install_into_fresh_venv(wheel, tmp_path / "venv")
    found = _probe(python, tmp_path)
    site = str(tmp_path / "venv")
    assert found["runtime"].startswith(site)
    assert found["generated"].startswith(site)
    assert Path(found["runtime"]).parent == Path(found["generated"]).parent
    # No top-level `generator` (nor templates) in site-packages: the generator stays in
    # the checkout, and its script says so (issue 16).
    (site_packages,) = (tmp_path / "venv" / "lib").glob("python*/site-packages")
    assert not (site_packages / "generator").exists()
    assert not list(site_packages.glob("dicomodel/**/*.jinja2"))
    script = subprocess.run(
        [str(tmp_path / "venv" / "bin" / "dicomodel-gen"), "generate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert script.returncode == 2
    assert "pip install -e '.[gen]'" in script.stderr


def test_runtime_needs_only_pydantic_and_pydicom(tmp_path: Path) -> None:
    """What ``pip install dicomodel`` installs beside the package (issue 16)."""
    wheel = _build_wheel("wheel", tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = (name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        lines = archive.read(metadata).decode().splitlines()
        top_level = {name.split("/")[0] for name in archive.namelist()}
    required = sorted(
        line.removeprefix("Requires-Dist: ")
        for line in lines
        if line.startswith("Requires-Dist: ") and "extra ==" not in line
    )
    assert required == ["pydantic>=2.7", "pydicom<4,>=3.0"]
    assert top_level <= {"dicomodel", metadata.split("/")[0]}


@pytest.mark.slow
def test_editable_install_reads_both_source_trees(tmp_path: Path) -> None:
    wheel = _build_wheel("wheel:editable", tmp_path / "dist")
    python = _install_into_fresh_venv(wheel, tmp_path / "venv")
    found = _probe(python, tmp_path)
    assert Path(found["runtime"]).is_relative_to(REPO_ROOT / "src" / "dicomodel")
    # src/dicomodel links the generated half (for pyright): the file is generated/'s
    assert Path(found["generated"]).resolve().is_relative_to(REPO_ROOT / "generated" / "dicomodel")
    assert found["edition"]
