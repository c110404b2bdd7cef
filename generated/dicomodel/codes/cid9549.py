"""CID 9549 Radiation Generation Mode Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1296.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9549
NAME: Final[str] = "Radiation Generation Mode Type"
KEYWORD: Final[str | None] = "RadiationGenerationModeType"
UID: Final[str | None] = "1.2.840.10008.6.1.1296"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FlatteningFilterBeam: Final[Code] = Code("DCM", "130355", "Flattening Filter Beam", (9549,))
"""Flattening Filter Beam (DCM 130355)."""

NonFlatteningFilterBeam: Final[Code] = Code("DCM", "130356", "Non-Flattening Filter Beam", (9549,))
"""Non-Flattening Filter Beam (DCM 130356)."""

PartialFlatteningFilterBeam: Final[Code] = Code(
    "DCM", "130357", "Partial Flattening Filter Beam", (9549,)
)
"""Partial Flattening Filter Beam (DCM 130357)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FlatteningFilterBeam,
    NonFlatteningFilterBeam,
    PartialFlatteningFilterBeam,
)
"""The resolved membership: own members, then those of the included groups, in order."""
