"""Objects built from scratch with the generated models, written as Part 10 files,
judged by dciodvfy (dicom3tools): no Error line.

Warnings are allowed; the Secondary Capture gets six, because the Image Plane,
Frame of Reference attributes that CP-2330 added to the SC Image IOD are newer
than the dicom3tools release Debian ships ("Attribute is not present in standard
DICOM IOD ... Standard Extended SOP Class").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dicomodel.serialize import read
from tests.runtime.serialize.builders import BUILDERS
from tests.runtime.serialize.helpers import dciodvfy

EXPECTED_WARNINGS = {"Secondary Capture Image (CP-2330 Image Plane)": 6}


@pytest.mark.parametrize("name", BUILDERS)
def test_built_object_passes_dciodvfy(name: str, tmp_path: Path) -> None:
    model = BUILDERS[name]()
    path = tmp_path / "object.dcm"
    model.write_part10(path)
    errors, warnings = dciodvfy(path)
    assert errors == []
    assert len(warnings) == EXPECTED_WARNINGS.get(name, 0), warnings
    # Read back: the same object, with no issue at all.
    again = read(path, strict=False)
    assert again == model
    assert again.dicom_issues == ()
