"""CID 3493 IVUS Relative Stenosis Severity.

Extensible, version 20040614, UID 1.2.840.10008.6.1.127.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3493
NAME: _Final[str] = "IVUS Relative Stenosis Severity"
KEYWORD: _Final[str | None] = "IVUSRelativeStenosisSeverity"
UID: _Final[str | None] = "1.2.840.10008.6.1.127"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

T1Worst: _Final[_Code] = _Code("DCM", "122367", "T-1 Worst", (3493,))
"""T-1 Worst (DCM 122367)."""

T2Secondary: _Final[_Code] = _Code("DCM", "122368", "T-2 Secondary", (3493,))
"""T-2 Secondary (DCM 122368)."""

T3Secondary: _Final[_Code] = _Code("DCM", "122369", "T-3 Secondary", (3493,))
"""T-3 Secondary (DCM 122369)."""

T4Secondary: _Final[_Code] = _Code("DCM", "122370", "T-4 Secondary", (3493,))
"""T-4 Secondary (DCM 122370)."""

MEMBERS: _Final[tuple[_Code, ...]] = (T1Worst, T2Secondary, T3Secondary, T4Secondary)
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
