"""CID 6332 PI-RADS® v2 DCE Lesion Assessment Category.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1389.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6332
NAME: _Final[str] = "PI-RADS® v2 DCE Lesion Assessment Category"
KEYWORD: _Final[str | None] = "PIRADSv2DCELesionAssessmentCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1389"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADSDCEVe_RID50320: _Final[_Code] = _Code("RADLEX", "RID50320", "PI-RADS DCE -ve", (6332,))
"""PI-RADS DCE -ve (RADLEX RID50320)."""

PIRADSDCEVe_RID50321: _Final[_Code] = _Code("RADLEX", "RID50321", "PI-RADS DCE +ve", (6332,))
"""PI-RADS DCE +ve (RADLEX RID50321)."""

PIRADSXDCEInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50327", "PI-RADS X - DCE Inadequate or absent", (6332,)
)
"""PI-RADS X - DCE Inadequate or absent (RADLEX RID50327)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PIRADSDCEVe_RID50320,
    PIRADSDCEVe_RID50321,
    PIRADSXDCEInadequateOrAbsent,
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
