"""CID 12025 OB-GYN Ultrasound Beam Path.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1341.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12025
NAME: _Final[str] = "OB-GYN Ultrasound Beam Path"
KEYWORD: _Final[str | None] = "OBGYNUltrasoundBeamPath"
UID: _Final[str | None] = "1.2.840.10008.6.1.1341"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200704"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TransAbdominal: _Final[_Code] = _Code("SCT", "66739002", "Trans-abdominal", (7, 12025))
"""Trans-abdominal (SCT 66739002)."""

TransVaginal: _Final[_Code] = _Code("SCT", "54300008", "Trans-vaginal", (7, 12025))
"""Trans-vaginal (SCT 54300008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TransAbdominal, TransVaginal)
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
