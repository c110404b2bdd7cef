"""CID 4222 Ophthalmic Macular Grid Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.821.
Includes CID 4221.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4222
NAME: Final[str] = "Ophthalmic Macular Grid Problem"
KEYWORD: Final[str | None] = "OphthalmicMacularGridProblem"
UID: Final[str | None] = "1.2.840.10008.6.1.821"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090917"
INCLUDES: Final[tuple[int, ...]] = (4221,)
EXTERNAL_SCHEME: Final[str | None] = None

ConstrictedPupil: Final[Code] = Code("SCT", "301939004", "Constricted Pupil", (4222,))
"""Constricted Pupil (SCT 301939004)."""

LensOpacity: Final[Code] = Code("SCT", "193570009", "Lens Opacity", (4222,))
"""Lens Opacity (SCT 193570009)."""

CornealOpacity: Final[Code] = Code("SCT", "64634000", "Corneal Opacity", (4222,))
"""Corneal Opacity (SCT 64634000)."""

VitreousOpacity: Final[Code] = Code("SCT", "422061002", "Vitreous Opacity", (4222,))
"""Vitreous Opacity (SCT 422061002)."""

PoorVisualFixation: Final[Code] = Code("SCT", "314348007", "Poor Visual Fixation", (4222,))
"""Poor Visual Fixation (SCT 314348007)."""

EyelidDisease: Final[Code] = Code("SCT", "60113004", "Eyelid Disease", (4222,))
"""Eyelid Disease (SCT 60113004)."""

InterferingTearsOrDrops: Final[Code] = Code("DCM", "111695", "Interfering Tears or Drops", (4222,))
"""Interfering Tears or Drops (DCM 111695)."""

RefractiveError: Final[Code] = Code("SCT", "39021009", "Refractive Error", (4222,))
"""Refractive Error (SCT 39021009)."""

PatientPositioningProblem: Final[Code] = Code(
    "DCM", "111209", "Patient Positioning Problem", (4222, 6041, 6135, 7011)
)
"""Patient Positioning Problem (DCM 111209)."""

DryEyesProblem: Final[Code] = Code("SCT", "162290004", "Dry Eyes Problem", (4222,))
"""Dry Eyes Problem (SCT 162290004)."""

PatientMovement: Final[Code] = Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518). Included from CID 4221."""

EccentricFixation: Final[Code] = Code("SCT", "251786004", "Eccentric Fixation", (4221,))
"""Eccentric Fixation (SCT 251786004). Included from CID 4221."""

OperatorError: Final[Code] = Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519). Included from CID 4221."""

EquipmentFailure: Final[Code] = Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501). Included from CID 4221."""

MEMBERS: Final[tuple[Code, ...]] = (
    ConstrictedPupil,
    LensOpacity,
    CornealOpacity,
    VitreousOpacity,
    PoorVisualFixation,
    EyelidDisease,
    InterferingTearsOrDrops,
    RefractiveError,
    PatientPositioningProblem,
    DryEyesProblem,
    PatientMovement,
    EccentricFixation,
    OperatorError,
    EquipmentFailure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
