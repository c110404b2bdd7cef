"""CID 3119 LV Function.

Extensible, version 20080927, UID 1.2.840.10008.6.1.751.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3119
NAME: _Final[str] = "LV Function"
KEYWORD: _Final[str | None] = "LVFunction"
UID: _Final[str | None] = "1.2.840.10008.6.1.751"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005)."""

ImpairedLeftVentricularFunction: _Final[_Code] = _Code(
    "SCT", "275514001", "Impaired left ventricular function", (3119,)
)
"""Impaired left ventricular function (SCT 275514001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Normal, ImpairedLeftVentricularFunction)
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
