"""CID 7306 Human Hip Implant Planning Landmark.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1037.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7306
NAME: _Final[str] = "Human Hip Implant Planning Landmark"
KEYWORD: _Final[str | None] = "HumanHipImplantPlanningLandmark"
UID: _Final[str | None] = "1.2.840.10008.6.1.1037"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20101102"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnatomicalAxisOfFemur: _Final[_Code] = _Code("DCM", "112302", "Anatomical axis of femur", (7306,))
"""Anatomical axis of femur (DCM 112302)."""

AcetabularCenterOfRotation: _Final[_Code] = _Code(
    "DCM", "112303", "Acetabular Center of Rotation", (7306,)
)
"""Acetabular Center of Rotation (DCM 112303)."""

FemurHeadCenterOfRotation: _Final[_Code] = _Code(
    "DCM", "112304", "Femur Head Center of Rotation", (7306,)
)
"""Femur Head Center of Rotation (DCM 112304)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnatomicalAxisOfFemur,
    AcetabularCenterOfRotation,
    FemurHeadCenterOfRotation,
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
