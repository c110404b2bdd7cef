"""CID 9571 Patient Treatment Preparation Method.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1418.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9571
NAME: Final[str] = "Patient Treatment Preparation Method"
KEYWORD: Final[str | None] = "PatientTreatmentPreparationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1418"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IsocentricSetupMethod: Final[Code] = Code("DCM", "130630", "Isocentric Setup Method", (9571,))
"""Isocentric Setup Method (DCM 130630)."""

ControlledSSDSetupMethod: Final[Code] = Code(
    "DCM", "130631", "Controlled SSD Setup Method", (9571,)
)
"""Controlled SSD Setup Method (DCM 130631)."""

TBISetupMethod: Final[Code] = Code("DCM", "130632", "TBI Setup Method", (9571,))
"""TBI Setup Method (DCM 130632)."""

StereotacticSetupMethod: Final[Code] = Code("DCM", "130633", "Stereotactic Setup Method", (9571,))
"""Stereotactic Setup Method (DCM 130633)."""

SkinAppositionSetupMethod: Final[Code] = Code(
    "DCM", "130634", "Skin Apposition Setup Method", (9571,)
)
"""Skin Apposition Setup Method (DCM 130634)."""

OcularGazeSetupMethod: Final[Code] = Code("DCM", "130635", "Ocular Gaze Setup Method", (9571,))
"""Ocular Gaze Setup Method (DCM 130635)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IsocentricSetupMethod,
    ControlledSSDSetupMethod,
    TBISetupMethod,
    StereotacticSetupMethod,
    SkinAppositionSetupMethod,
    OcularGazeSetupMethod,
)
"""The resolved membership: own members, then those of the included groups, in order."""
