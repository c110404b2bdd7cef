"""CID 6162 Assessment of Metastasis for Breast.

Extensible, version 20240611, UID 1.2.840.10008.6.1.476.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6162
NAME: _Final[str] = "Assessment of Metastasis for Breast"
KEYWORD: _Final[str | None] = "AssessmentOfMetastasisForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.476"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MX: _Final[_Code] = _Code("SCT", "399593007", "MX", (6162,))
"""MX (SCT 399593007)."""

Cm0: _Final[_Code] = _Code("SCT", "1229901006", "cM0", (6162,))
"""cM0 (SCT 1229901006)."""

Pm1: _Final[_Code] = _Code("SCT", "1229916009", "pM1", (6162,))
"""pM1 (SCT 1229916009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MX, Cm0, Pm1)
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
