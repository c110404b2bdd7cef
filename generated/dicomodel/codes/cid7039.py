"""CID 7039 Pediatric Size Category.

Extensible, version 20170417, UID 1.2.840.10008.6.1.1173.
Includes CID 7040.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7039
NAME: _Final[str] = "Pediatric Size Category"
KEYWORD: _Final[str | None] = "PediatricSizeCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1173"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170417"
INCLUDES: _Final[tuple[int, ...]] = (7040,)
EXTERNAL_SCHEME: _Final[str | None] = None

BroselowLutenPinkZone67kg: _Final[_Code] = _Code(
    "SCT", "444488009", "Broselow Luten Pink Zone (6-7 kg)", (7040,)
)
"""Broselow Luten Pink Zone (6-7 kg) (SCT 444488009). Included from CID 7040."""

BroselowLutenRedZone89kg: _Final[_Code] = _Code(
    "SCT", "444471002", "Broselow Luten Red Zone (8-9 kg)", (7040,)
)
"""Broselow Luten Red Zone (8-9 kg) (SCT 444471002). Included from CID 7040."""

BroselowLutenPurpleZone1011kg: _Final[_Code] = _Code(
    "SCT", "444489001", "Broselow Luten Purple Zone (10-11 kg)", (7040,)
)
"""Broselow Luten Purple Zone (10-11 kg) (SCT 444489001). Included from CID 7040."""

BroselowLutenYellowZone1214kg: _Final[_Code] = _Code(
    "SCT", "444505007", "Broselow Luten Yellow Zone (12-14 kg)", (7040,)
)
"""Broselow Luten Yellow Zone (12-14 kg) (SCT 444505007). Included from CID 7040."""

BroselowLutenWhiteZone1518kg: _Final[_Code] = _Code(
    "SCT", "444504006", "Broselow Luten White Zone (15-18 kg)", (7040,)
)
"""Broselow Luten White Zone (15-18 kg) (SCT 444504006). Included from CID 7040."""

BroselowLutenBlueZone1923kg: _Final[_Code] = _Code(
    "SCT", "444474005", "Broselow Luten Blue Zone (19-23 kg)", (7040,)
)
"""Broselow Luten Blue Zone (19-23 kg) (SCT 444474005). Included from CID 7040."""

BroselowLutenOrangeZone2429kg: _Final[_Code] = _Code(
    "SCT", "444496004", "Broselow Luten Orange Zone (24-29 kg)", (7040,)
)
"""Broselow Luten Orange Zone (24-29 kg) (SCT 444496004). Included from CID 7040."""

BroselowLutenGreenZone3036kg: _Final[_Code] = _Code(
    "SCT", "444503000", "Broselow Luten Green Zone (30-36 kg)", (7040,)
)
"""Broselow Luten Green Zone (30-36 kg) (SCT 444503000). Included from CID 7040."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BroselowLutenPinkZone67kg,
    BroselowLutenRedZone89kg,
    BroselowLutenPurpleZone1011kg,
    BroselowLutenYellowZone1214kg,
    BroselowLutenWhiteZone1518kg,
    BroselowLutenBlueZone1923kg,
    BroselowLutenOrangeZone2429kg,
    BroselowLutenGreenZone3036kg,
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
