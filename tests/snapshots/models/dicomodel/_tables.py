"""Module and macro classes by their PS3.3 name (case-folded), for conditions that name a module or functional group (their tags are in dicomodel._rules).

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
