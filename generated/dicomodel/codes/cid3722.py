"""CID 3722 Diabetic Therapy.

Extensible, version 20141103, UID 1.2.840.10008.6.1.223.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3722
NAME: _Final[str] = "Diabetic Therapy"
KEYWORD: _Final[str | None] = "DiabeticTherapy"
UID: _Final[str | None] = "1.2.840.10008.6.1.223"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiabeticOnDietaryTreatment: _Final[_Code] = _Code(
    "SCT", "170745003", "Diabetic on Dietary Treatment", (3722,)
)
"""Diabetic on Dietary Treatment (SCT 170745003)."""

DiabeticOnOralTreatment: _Final[_Code] = _Code(
    "SCT", "170746002", "Diabetic on Oral Treatment", (3722,)
)
"""Diabetic on Oral Treatment (SCT 170746002)."""

DiabeticOnInsulin: _Final[_Code] = _Code("SCT", "170747006", "Diabetic on Insulin", (3722,))
"""Diabetic on Insulin (SCT 170747006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DiabeticOnDietaryTreatment,
    DiabeticOnOralTreatment,
    DiabeticOnInsulin,
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
