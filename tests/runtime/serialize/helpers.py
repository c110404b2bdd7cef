"""Shared by the serialization tests: element-by-element comparison, encoding, dciodvfy."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pydicom.dataset import Dataset
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_dataset
from pydicom.multival import MultiValue

_TEXT_KEPT = ("DS", "IS", "DA", "TM", "DT", "PN")


def decode_all(dataset: Dataset) -> Dataset:
    """Convert every raw element (pydicom converts on access and keeps the result)."""
    for _ in dataset.iterall():
        pass
    return dataset


def _text(value: Any) -> Any:
    if isinstance(value, (list, MultiValue)):
        return [_text(v) for v in value]
    original = getattr(value, "original_string", None)
    return original if isinstance(original, str) else str(value)  # PN keeps its raw bytes


def _kind(value: Any) -> type:
    # pydicom's reader holds several binary numbers in a list, a user's Dataset in a
    # MultiValue: the same values either way.
    return list if isinstance(value, MultiValue) else type(value)


def element_diffs(left: Dataset, right: Dataset, path: str = "") -> list[str]:
    """Every difference of tag, VR, value, value type or original text, with its path."""
    diffs: list[str] = []
    left_tags, right_tags = set(left.keys()), set(right.keys())
    for tag in sorted(left_tags ^ right_tags):
        side = "left" if tag in left_tags else "right"
        diffs.append(f"{path}{tag} only on the {side}")
    for tag in sorted(left_tags & right_tags):
        a, b = left[tag], right[tag]
        where = f"{path}{a.keyword or a.tag}"
        if a.VR != b.VR:
            diffs.append(f"{where}: VR {a.VR} != {b.VR}")
        elif a.VR == "SQ":
            if len(a.value) != len(b.value):
                diffs.append(f"{where}: {len(a.value)} items != {len(b.value)}")
                continue
            for index, (x, y) in enumerate(zip(a.value, b.value, strict=True)):
                diffs.extend(element_diffs(x, y, f"{where}[{index}]."))
        elif a.value != b.value or _kind(a.value) is not _kind(b.value):
            diffs.append(f"{where}: {a.value!r:.60} != {b.value!r:.60}")
        elif a.VR in _TEXT_KEPT and _text(a.value) != _text(b.value):
            diffs.append(f"{where}: text {_text(a.value)!r:.60} != {_text(b.value)!r:.60}")
    return diffs


def encoded(dataset: Dataset, implicit: bool, little: bool) -> bytes:
    """The data set as pydicom's writer encodes it (no file meta)."""
    buffer = DicomBytesIO()
    buffer.is_implicit_VR = implicit
    buffer.is_little_endian = little
    write_dataset(buffer, dataset)
    return buffer.getvalue()


def dciodvfy(path: Path) -> tuple[list[str], list[str]]:
    """dciodvfy's Error and Warning lines for a file; fails when dciodvfy is missing."""
    program = shutil.which("dciodvfy")
    if program is None:
        pytest.fail(
            "dciodvfy is missing: install dicom3tools (apt-get install dicom3tools; "
            ".ci/run does it)",
            pytrace=False,
        )
    done = subprocess.run(
        [program, "-filename", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    lines = (done.stdout + done.stderr).splitlines()
    errors = [line for line in lines if "Error" in line]
    warnings = [line for line in lines if line.lstrip().startswith("Warning")]
    return errors, warnings
