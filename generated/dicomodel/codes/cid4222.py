"""CID 4222 Ophthalmic Macular Grid Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.821.
Includes CID 4221.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4222
NAME: _Final[str] = "Ophthalmic Macular Grid Problem"
KEYWORD: _Final[str | None] = "OphthalmicMacularGridProblem"
UID: _Final[str | None] = "1.2.840.10008.6.1.821"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090917"
INCLUDES: _Final[tuple[int, ...]] = (4221,)
EXTERNAL_SCHEME: _Final[str | None] = None

ConstrictedPupil: _Final[_Code] = _Code("SCT", "301939004", "Constricted Pupil", (4222,))
"""Constricted Pupil (SCT 301939004)."""

LensOpacity: _Final[_Code] = _Code("SCT", "193570009", "Lens Opacity", (4222,))
"""Lens Opacity (SCT 193570009)."""

CornealOpacity: _Final[_Code] = _Code("SCT", "64634000", "Corneal Opacity", (4222,))
"""Corneal Opacity (SCT 64634000)."""

VitreousOpacity: _Final[_Code] = _Code("SCT", "422061002", "Vitreous Opacity", (4222,))
"""Vitreous Opacity (SCT 422061002)."""

PoorVisualFixation: _Final[_Code] = _Code("SCT", "314348007", "Poor Visual Fixation", (4222,))
"""Poor Visual Fixation (SCT 314348007)."""

EyelidDisease: _Final[_Code] = _Code("SCT", "60113004", "Eyelid Disease", (4222,))
"""Eyelid Disease (SCT 60113004)."""

InterferingTearsOrDrops: _Final[_Code] = _Code(
    "DCM", "111695", "Interfering Tears or Drops", (4222,)
)
"""Interfering Tears or Drops (DCM 111695)."""

RefractiveError: _Final[_Code] = _Code("SCT", "39021009", "Refractive Error", (4222,))
"""Refractive Error (SCT 39021009)."""

PatientPositioningProblem: _Final[_Code] = _Code(
    "DCM", "111209", "Patient Positioning Problem", (4222, 6041, 6135, 7011)
)
"""Patient Positioning Problem (DCM 111209)."""

DryEyesProblem: _Final[_Code] = _Code("SCT", "162290004", "Dry Eyes Problem", (4222,))
"""Dry Eyes Problem (SCT 162290004)."""

PatientMovement: _Final[_Code] = _Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518). Included from CID 4221."""

EccentricFixation: _Final[_Code] = _Code("SCT", "251786004", "Eccentric Fixation", (4221,))
"""Eccentric Fixation (SCT 251786004). Included from CID 4221."""

OperatorError: _Final[_Code] = _Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519). Included from CID 4221."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501). Included from CID 4221."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
