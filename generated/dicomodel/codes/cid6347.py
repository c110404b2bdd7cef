"""CID 6347 Prostate MRI Extra-prostatic Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1404.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6347
NAME: _Final[str] = "Prostate MRI Extra-prostatic Finding"
KEYWORD: _Final[str | None] = "ProstateMRIExtraprostaticFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1404"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BonyMetastasis: _Final[_Code] = _Code("SCT", "94222008", "Bony metastasis", (6347,))
"""Bony metastasis (SCT 94222008)."""

Lymphadenopathy: _Final[_Code] = _Code("SCT", "30746006", "Lymphadenopathy", (6347,))
"""Lymphadenopathy (SCT 30746006)."""

Entire: _Final[_Code] = _Code("SCT", "255503000", "Entire", (6347,))
"""Entire (SCT 255503000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BonyMetastasis, Lymphadenopathy, Entire)
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
