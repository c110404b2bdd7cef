"""CID 6339 MRI Shape Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1396.
Includes CID 6340.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6339
NAME: _Final[str] = "MRI Shape Characteristic"
KEYWORD: _Final[str | None] = "MRIShapeCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.1396"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6340,)
EXTERNAL_SCHEME: _Final[str | None] = None

Round: _Final[_Code] = _Code("SCT", "42700002", "Round", (6005, 6119, 6340))
"""Round (SCT 42700002). Included from CID 6340."""

OvoidShape: _Final[_Code] = _Code("SCT", "84360004", "Ovoid shape", (6005, 6340))
"""Ovoid shape (SCT 84360004). Included from CID 6340."""

Lenticular: _Final[_Code] = _Code("RADLEX", "RID49495", "Lenticular", (6340,))
"""Lenticular (RADLEX RID49495). Included from CID 6340."""

Lobulated: _Final[_Code] = _Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135). Included from CID 6340."""

DropShaped: _Final[_Code] = _Code("SCT", "1312007", "Drop-shaped", (6340,))
"""Drop-shaped (SCT 1312007). Included from CID 6340."""

WedgeShaped: _Final[_Code] = _Code("SCT", "20446002", "Wedge-shaped", (6340,))
"""Wedge-shaped (SCT 20446002). Included from CID 6340."""

Linear: _Final[_Code] = _Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150). Included from CID 6340."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001). Included from CID 6340."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Round,
    OvoidShape,
    Lenticular,
    Lobulated,
    DropShaped,
    WedgeShaped,
    Linear,
    Irregular,
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
