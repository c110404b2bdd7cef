"""CID 4406 Patient Reported Lesion Characteristic.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1351.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4406
NAME: Final[str] = "Patient Reported Lesion Characteristic"
KEYWORD: Final[str | None] = "PatientReportedLesionCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.1351"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Itching: Final[Code] = Code("SCT", "418363000", "Itching", (60, 4406))
"""Itching (SCT 418363000)."""

Erythema: Final[Code] = Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

SymptomHasChanged: Final[Code] = Code("SCT", "162499001", "Symptom has changed", (4406,))
"""Symptom has changed (SCT 162499001)."""

Peeling: Final[Code] = Code("SCT", "271767006", "Peeling", (4406,))
"""Peeling (SCT 271767006)."""

BleedingSkin: Final[Code] = Code("SCT", "297968009", "Bleeding skin", (4406, 4408))
"""Bleeding skin (SCT 297968009)."""

PainfulSkin: Final[Code] = Code("SCT", "403598008", "Painful skin", (4406,))
"""Painful skin (SCT 403598008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Itching,
    Erythema,
    SymptomHasChanged,
    Peeling,
    BleedingSkin,
    PainfulSkin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
