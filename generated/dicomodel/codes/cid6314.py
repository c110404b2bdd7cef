"""CID 6314 Prostate MRI Study Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1371.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6314
NAME: _Final[str] = "Prostate MRI Study Quality Finding"
KEYWORD: _Final[str | None] = "ProstateMRIStudyQualityFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1371"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ProtocolNotFollowed: _Final[_Code] = _Code("DCM", "130570", "Protocol not followed", (6314,))
"""Protocol not followed (DCM 130570)."""

CoilPlacementConcern: _Final[_Code] = _Code("DCM", "130571", "Coil placement concern", (6314,))
"""Coil placement concern (DCM 130571)."""

CoilSelectionConcern: _Final[_Code] = _Code("DCM", "130572", "Coil selection concern", (6314,))
"""Coil selection concern (DCM 130572)."""

StudyPerformedDidNotMatchRequest: _Final[_Code] = _Code(
    "DCM", "130573", "Study performed did not match request", (6314,)
)
"""Study performed did not match request (DCM 130573)."""

IncompleteStudy: _Final[_Code] = _Code("DCM", "130574", "Incomplete study", (6314,))
"""Incomplete study (DCM 130574)."""

SuboptimalPatientPreparation: _Final[_Code] = _Code(
    "DCM", "130575", "Suboptimal patient preparation", (6314,)
)
"""Suboptimal patient preparation (DCM 130575)."""

SuboptimalPatientPositioning: _Final[_Code] = _Code(
    "RADLEX", "RID11281", "Suboptimal patient positioning", (6314,)
)
"""Suboptimal patient positioning (RADLEX RID11281)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ProtocolNotFollowed,
    CoilPlacementConcern,
    CoilSelectionConcern,
    StudyPerformedDidNotMatchRequest,
    IncompleteStudy,
    SuboptimalPatientPreparation,
    SuboptimalPatientPositioning,
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
