"""CID 9511 General External Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1221.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9511
NAME: Final[str] = "General External Radiotherapy Procedure Technique"
KEYWORD: Final[str | None] = "GeneralExternalRadiotherapyProcedureTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.1221"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StaticBeam: Final[Code] = Code("DCM", "130102", "Static Beam", (9511,))
"""Static Beam (DCM 130102)."""

ArcBeam: Final[Code] = Code("DCM", "130103", "Arc Beam", (9511,))
"""Arc Beam (DCM 130103)."""

ConformalArcBeam: Final[Code] = Code("DCM", "130104", "Conformal Arc Beam", (9511,))
"""Conformal Arc Beam (DCM 130104)."""

StepAndShootBeam: Final[Code] = Code("DCM", "130105", "Step and Shoot Beam", (9511,))
"""Step and Shoot Beam (DCM 130105)."""

SlidingWindowBeam: Final[Code] = Code("DCM", "130106", "Sliding Window Beam", (9511,))
"""Sliding Window Beam (DCM 130106)."""

VMAT: Final[Code] = Code("DCM", "130107", "VMAT", (9511,))
"""VMAT (DCM 130107)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StaticBeam,
    ArcBeam,
    ConformalArcBeam,
    StepAndShootBeam,
    SlidingWindowBeam,
    VMAT,
)
"""The resolved membership: own members, then those of the included groups, in order."""
