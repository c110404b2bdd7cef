"""CID 3116 NM Extracardiac Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.748.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3116
NAME: _Final[str] = "NM Extracardiac Finding"
KEYWORD: _Final[str | None] = "NMExtracardiacFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.748"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalExtracardiacUptake: _Final[_Code] = _Code(
    "SCT", "428552000", "Normal extracardiac uptake", (3116,)
)
"""Normal extracardiac uptake (SCT 428552000)."""

IncreasedLungUptake: _Final[_Code] = _Code("SCT", "428920008", "Increased lung uptake", (3116,))
"""Increased lung uptake (SCT 428920008)."""

AbnormalExtracardiacUptake: _Final[_Code] = _Code(
    "SCT", "429576000", "Abnormal extracardiac uptake", (3116,)
)
"""Abnormal extracardiac uptake (SCT 429576000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalExtracardiacUptake,
    IncreasedLungUptake,
    AbnormalExtracardiacUptake,
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
