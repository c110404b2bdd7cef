"""CID 12006 Fetal Long Bones Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.555.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12006
NAME: Final[str] = "Fetal Long Bones Biometry Measurement"
KEYWORD: Final[str | None] = "FetalLongBonesBiometryMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.555"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030130"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HumerusLength: Final[Code] = Code("LN", "11966-9", "Humerus length", (12006,))
"""Humerus length (LN 11966-9)."""

RadiusLength: Final[Code] = Code("LN", "11967-7", "Radius length", (12006,))
"""Radius length (LN 11967-7)."""

UlnaLength: Final[Code] = Code("LN", "11969-3", "Ulna length", (12006,))
"""Ulna length (LN 11969-3)."""

TibiaLength: Final[Code] = Code("LN", "11968-5", "Tibia length", (12006,))
"""Tibia length (LN 11968-5)."""

FibulaLength: Final[Code] = Code("LN", "11964-4", "Fibula length", (12006,))
"""Fibula length (LN 11964-4)."""

ClavicleLength: Final[Code] = Code("LN", "11962-8", "Clavicle length", (12006,))
"""Clavicle length (LN 11962-8)."""

FemurLength: Final[Code] = Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HumerusLength,
    RadiusLength,
    UlnaLength,
    TibiaLength,
    FibulaLength,
    ClavicleLength,
    FemurLength,
)
"""The resolved membership: own members, then those of the included groups, in order."""
