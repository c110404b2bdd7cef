"""CID 701 Content Assessment Type.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1116.
Includes CID 702.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 701
NAME: _Final[str] = "Content Assessment Type"
KEYWORD: _Final[str | None] = "ContentAssessmentType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1116"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160318"
INCLUDES: _Final[tuple[int, ...]] = (702,)
EXTERNAL_SCHEME: _Final[str | None] = None

RTPreTreatmentDoseCheck: _Final[_Code] = _Code(
    "DCM", "121373", "RT Pre-Treatment Dose Check", (702,)
)
"""RT Pre-Treatment Dose Check (DCM 121373). Included from CID 702."""

RTPreTreatmentConsistencyCheck: _Final[_Code] = _Code(
    "DCM", "121374", "RT Pre-Treatment Consistency Check", (702,)
)
"""RT Pre-Treatment Consistency Check (DCM 121374). Included from CID 702."""

MEMBERS: _Final[tuple[_Code, ...]] = (RTPreTreatmentDoseCheck, RTPreTreatmentConsistencyCheck)
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
