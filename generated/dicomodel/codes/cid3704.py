"""CID 3704 Myocardium Wall Morphology Finding.

Extensible, version 20030327, UID 1.2.840.10008.6.1.206.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3704
NAME: _Final[str] = "Myocardium Wall Morphology Finding"
KEYWORD: _Final[str | None] = "MyocardiumWallMorphologyFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.206"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalMyocardium: _Final[_Code] = _Code("DCM", "122112", "Normal Myocardium", (3704,))
"""Normal Myocardium (DCM 122112)."""

VentricularAneurysm: _Final[_Code] = _Code("SCT", "90539001", "Ventricular Aneurysm", (3704,))
"""Ventricular Aneurysm (SCT 90539001)."""

ScarredMyocardium: _Final[_Code] = _Code("DCM", "122113", "Scarred Myocardium", (3704,))
"""Scarred Myocardium (DCM 122113)."""

ThinningMyocardium: _Final[_Code] = _Code("DCM", "122114", "Thinning Myocardium", (3704,))
"""Thinning Myocardium (DCM 122114)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalMyocardium,
    VentricularAneurysm,
    ScarredMyocardium,
    ThinningMyocardium,
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
