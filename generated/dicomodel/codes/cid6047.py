"""CID 6047 CAD Processing and Finding Summary.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.377.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6047
NAME: _Final[str] = "CAD Processing and Finding Summary"
KEYWORD: _Final[str | None] = "CADProcessingAndFindingSummary"
UID: _Final[str | None] = "1.2.840.10008.6.1.377"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AllAlgorithmsSucceededWithoutFindings: _Final[_Code] = _Code(
    "DCM", "111241", "All algorithms succeeded; without findings", (6047,)
)
"""All algorithms succeeded; without findings (DCM 111241)."""

AllAlgorithmsSucceededWithFindings: _Final[_Code] = _Code(
    "DCM", "111242", "All algorithms succeeded; with findings", (6047,)
)
"""All algorithms succeeded; with findings (DCM 111242)."""

NotAllAlgorithmsSucceededWithoutFindings: _Final[_Code] = _Code(
    "DCM", "111243", "Not all algorithms succeeded; without findings", (6047,)
)
"""Not all algorithms succeeded; without findings (DCM 111243)."""

NotAllAlgorithmsSucceededWithFindings: _Final[_Code] = _Code(
    "DCM", "111244", "Not all algorithms succeeded; with findings", (6047,)
)
"""Not all algorithms succeeded; with findings (DCM 111244)."""

NoAlgorithmsSucceededWithoutFindings: _Final[_Code] = _Code(
    "DCM", "111245", "No algorithms succeeded; without findings", (6047,)
)
"""No algorithms succeeded; without findings (DCM 111245)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AllAlgorithmsSucceededWithoutFindings,
    AllAlgorithmsSucceededWithFindings,
    NotAllAlgorithmsSucceededWithoutFindings,
    NotAllAlgorithmsSucceededWithFindings,
    NoAlgorithmsSucceededWithoutFindings,
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
