"""CID 9503 Radiotherapy Therapeutic Role Category.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1213.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9503
NAME: _Final[str] = "Radiotherapy Therapeutic Role Category"
KEYWORD: _Final[str | None] = "RadiotherapyTherapeuticRoleCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1213"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTTarget: _Final[_Code] = _Code("DCM", "130041", "RT Target", (9503, 9580))
"""RT Target (DCM 130041)."""

RTDoseCalculationStructure: _Final[_Code] = _Code(
    "DCM", "130042", "RT Dose Calculation Structure", (9503,)
)
"""RT Dose Calculation Structure (DCM 130042)."""

RTRegistrationMark: _Final[_Code] = _Code("DCM", "130746", "RT Registration Mark", (9503,))
"""RT Registration Mark (DCM 130746)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RTTarget, RTDoseCalculationStructure, RTRegistrationMark)
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
