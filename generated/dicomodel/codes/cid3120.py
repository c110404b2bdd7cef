"""CID 3120 Perfusion Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.752.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3120
NAME: _Final[str] = "Perfusion Finding"
KEYWORD: _Final[str | None] = "PerfusionFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.752"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MyocardialPerfusionNormal: _Final[_Code] = _Code(
    "SCT", "301121007", "Myocardial perfusion normal", (3120,)
)
"""Myocardial perfusion normal (SCT 301121007)."""

Equivocal: _Final[_Code] = _Code("SCT", "42425007", "Equivocal", (3120,))
"""Equivocal (SCT 42425007)."""

Abnormal: _Final[_Code] = _Code("SCT", "263654008", "Abnormal", (222, 242, 3120))
"""Abnormal (SCT 263654008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MyocardialPerfusionNormal, Equivocal, Abnormal)
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
