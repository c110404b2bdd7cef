"""CID 4233 Ophthalmic Axial Length Measurements Segment Name.

Extensible, version 20100623, UID 1.2.840.10008.6.1.879.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4233
NAME: Final[str] = "Ophthalmic Axial Length Measurements Segment Name"
KEYWORD: Final[str | None] = "OphthalmicAxialLengthMeasurementsSegmentName"
UID: Final[str | None] = "1.2.840.10008.6.1.879"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cornea: Final[Code] = Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

AnteriorChamber: Final[Code] = Code("SCT", "31636006", "Anterior Chamber", (4209, 4211, 4233))
"""Anterior Chamber (SCT 31636006)."""

SingleOrAnteriorLens: Final[Code] = Code("DCM", "111778", "Single or Anterior Lens", (4233,))
"""Single or Anterior Lens (DCM 111778)."""

PosteriorLens: Final[Code] = Code("DCM", "111779", "Posterior Lens", (4233,))
"""Posterior Lens (DCM 111779)."""

VitreousCavity: Final[Code] = Code("SCT", "26386000", "Vitreous Cavity", (4211, 4233))
"""Vitreous Cavity (SCT 26386000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Cornea,
    AnteriorChamber,
    SingleOrAnteriorLens,
    PosteriorLens,
    VitreousCavity,
)
"""The resolved membership: own members, then those of the included groups, in order."""
