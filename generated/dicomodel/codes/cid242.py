"""CID 242 Normal-Abnormal.

Non-extensible, version 20170914, UID 1.2.840.10008.6.1.36.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 242
NAME: _Final[str] = "Normal-Abnormal"
KEYWORD: _Final[str | None] = "NormalAbnormal"
UID: _Final[str | None] = "1.2.840.10008.6.1.36"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005)."""

Abnormal: _Final[_Code] = _Code("SCT", "263654008", "Abnormal", (222, 242, 3120))
"""Abnormal (SCT 263654008)."""

NormalityUndetermined: _Final[_Code] = _Code(
    "SCT", "371934000", "Normality Undetermined", (222, 242)
)
"""Normality Undetermined (SCT 371934000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Normal, Abnormal, NormalityUndetermined)
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
