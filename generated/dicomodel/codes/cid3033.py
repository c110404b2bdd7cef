"""CID 3033 EOG Lead.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1331.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3033
NAME: _Final[str] = "EOG Lead"
KEYWORD: _Final[str | None] = "EOGLead"
UID: _Final[str | None] = "1.2.840.10008.6.1.1331"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

E0: _Final[_Code] = _Code("MDC", "7:1320", "E0", (3033,))
"""E0 (MDC 7:1320)."""

El1: _Final[_Code] = _Code("MDC", "7:1325", "El1", (3033,))
"""El1 (MDC 7:1325)."""

El2: _Final[_Code] = _Code("MDC", "7:1329", "El2", (3033,))
"""El2 (MDC 7:1329)."""

El3: _Final[_Code] = _Code("MDC", "7:1333", "El3", (3033,))
"""El3 (MDC 7:1333)."""

El4: _Final[_Code] = _Code("MDC", "7:1337", "El4", (3033,))
"""El4 (MDC 7:1337)."""

El5: _Final[_Code] = _Code("MDC", "7:1341", "El5", (3033,))
"""El5 (MDC 7:1341)."""

El6: _Final[_Code] = _Code("MDC", "7:1345", "El6", (3033,))
"""El6 (MDC 7:1345)."""

El7: _Final[_Code] = _Code("MDC", "7:1349", "El7", (3033,))
"""El7 (MDC 7:1349)."""

Er1: _Final[_Code] = _Code("MDC", "7:1354", "Er1", (3033,))
"""Er1 (MDC 7:1354)."""

Er2: _Final[_Code] = _Code("MDC", "7:1358", "Er2", (3033,))
"""Er2 (MDC 7:1358)."""

Er3: _Final[_Code] = _Code("MDC", "7:1362", "Er3", (3033,))
"""Er3 (MDC 7:1362)."""

Er4: _Final[_Code] = _Code("MDC", "7:1366", "Er4", (3033,))
"""Er4 (MDC 7:1366)."""

Er5: _Final[_Code] = _Code("MDC", "7:1370", "Er5", (3033,))
"""Er5 (MDC 7:1370)."""

Er6: _Final[_Code] = _Code("MDC", "7:1374", "Er6", (3033,))
"""Er6 (MDC 7:1374)."""

Er7: _Final[_Code] = _Code("MDC", "7:1378", "Er7", (3033,))
"""Er7 (MDC 7:1378)."""

Ell: _Final[_Code] = _Code("MDC", "7:1381", "ElL", (3033,))
"""ElL (MDC 7:1381)."""

Erl: _Final[_Code] = _Code("MDC", "7:1386", "ErL", (3033,))
"""ErL (MDC 7:1386)."""

Ela: _Final[_Code] = _Code("MDC", "7:1389", "Ela", (3033,))
"""Ela (MDC 7:1389)."""

Elb: _Final[_Code] = _Code("MDC", "7:1393", "Elb", (3033,))
"""Elb (MDC 7:1393)."""

Era: _Final[_Code] = _Code("MDC", "7:1398", "Era", (3033,))
"""Era (MDC 7:1398)."""

Erb: _Final[_Code] = _Code("MDC", "7:1402", "Erb", (3033,))
"""Erb (MDC 7:1402)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    E0,
    El1,
    El2,
    El3,
    El4,
    El5,
    El6,
    El7,
    Er1,
    Er2,
    Er3,
    Er4,
    Er5,
    Er6,
    Er7,
    Ell,
    Erl,
    Ela,
    Elb,
    Era,
    Erb,
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
