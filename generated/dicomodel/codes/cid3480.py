"""CID 3480 IVUS Procedure Phase.

Extensible, version 20040614, UID 1.2.840.10008.6.1.115.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3480
NAME: _Final[str] = "IVUS Procedure Phase"
KEYWORD: _Final[str | None] = "IVUSProcedurePhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.115"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacCatheterizationPostInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationPreInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128958005", "Cardiac catheterization pre-intervention phase", (3250, 3480)
)
"""Cardiac catheterization pre-intervention phase (SCT 128958005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacCatheterizationPostInterventionPhase,
    CardiacCatheterizationPreInterventionPhase,
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
