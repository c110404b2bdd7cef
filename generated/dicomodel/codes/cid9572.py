"""CID 9572 Patient Shielding Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1419.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9572
NAME: Final[str] = "Patient Shielding Device"
KEYWORD: Final[str | None] = "PatientShieldingDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1419"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GonadRadiationShield: Final[Code] = Code("SCT", "470204007", "Gonad radiation shield", (9572,))
"""Gonad radiation shield (SCT 470204007)."""

EyeRadiationShield: Final[Code] = Code("SCT", "469266003", "Eye radiation shield", (9572,))
"""Eye radiation shield (SCT 469266003)."""

CavityRadiationShield: Final[Code] = Code("DCM", "130640", "Cavity radiation shield", (9572,))
"""Cavity radiation shield (DCM 130640)."""

IndependentRadiationShield: Final[Code] = Code(
    "DCM", "130641", "Independent radiation shield", (9572,)
)
"""Independent radiation shield (DCM 130641)."""

MEMBERS: Final[tuple[Code, ...]] = (
    GonadRadiationShield,
    EyeRadiationShield,
    CavityRadiationShield,
    IndependentRadiationShield,
)
"""The resolved membership: own members, then those of the included groups, in order."""
