"""CID 7184 Abstract Multi-dimensional Image Model Axis Direction.

Extensible, version 20100825, UID 1.2.840.10008.6.1.921.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7184
NAME: Final[str] = "Abstract Multi-dimensional Image Model Axis Direction"
KEYWORD: Final[str | None] = "AbstractMultiDimensionalImageModelAxisDirection"
UID: Final[str | None] = "1.2.840.10008.6.1.921"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftRightAxis: Final[Code] = Code("DCM", "110860", "Left-Right Axis", (7184,))
"""Left-Right Axis (DCM 110860)."""

HeadFootAxis: Final[Code] = Code("DCM", "110861", "Head-Foot Axis", (7184,))
"""Head-Foot Axis (DCM 110861)."""

AnteriorPosteriorAxis: Final[Code] = Code("DCM", "110862", "Anterior-Posterior Axis", (7184,))
"""Anterior-Posterior Axis (DCM 110862)."""

ApexBaseAxis: Final[Code] = Code("DCM", "110863", "Apex-Base Axis", (7184,))
"""Apex-Base Axis (DCM 110863)."""

AnteriorInferiorAxis: Final[Code] = Code("DCM", "110864", "Anterior-Inferior Axis", (7184,))
"""Anterior-Inferior Axis (DCM 110864)."""

SeptumWallAxis: Final[Code] = Code("DCM", "110865", "Septum-Wall Axis", (7184,))
"""Septum-Wall Axis (DCM 110865)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftRightAxis,
    HeadFootAxis,
    AnteriorPosteriorAxis,
    ApexBaseAxis,
    AnteriorInferiorAxis,
    SeptumWallAxis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
