"""Module and macro classes by their PS3.3 name (case-folded), for conditions that name a module or functional group; and the top-level tags of each class, to tell whether it stands in a data set without importing it.

Generated from DICOM 2099a; do not edit.
"""

from __future__ import annotations

MODULES: dict[str, str] = {
    "tiny image": "dicomodel.modules.tiny_image:TinyImageModule",
    "tiny patient": "dicomodel.modules.tiny_patient:TinyPatientModule",
}

MACROS: dict[str, str] = {
    "pixel measures": "dicomodel.macros.pixel_measures:PixelMeasuresMacro",
}

TAGS: dict[str, frozenset[int]] = {
    "dicomodel.macros.pixel_measures:PixelMeasuresMacro": frozenset({0x00289110}),
    "dicomodel.modules.tiny_image:TinyImageModule": frozenset(
        {0x00080008, 0x00080060, 0x00081140, 0x00081199, 0x00480114, 0x52009229}
    ),
    "dicomodel.modules.tiny_patient:TinyPatientModule": frozenset({0x00100010}),
}
