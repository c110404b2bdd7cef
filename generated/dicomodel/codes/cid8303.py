"""CID 8303 Display Device Type.

Extensible, version 20170417, UID 1.2.840.10008.6.1.983.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8303
NAME: _Final[str] = "Display Device Type"
KEYWORD: _Final[str | None] = "DisplayDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.983"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170417"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CRTDisplay: _Final[_Code] = _Code("DCM", "109991", "CRT Display", (8303,))
"""CRT Display (DCM 109991)."""

LiquidCrystalDisplay: _Final[_Code] = _Code("DCM", "109992", "Liquid Crystal Display", (8303,))
"""Liquid Crystal Display (DCM 109992)."""

PlasmaDisplay: _Final[_Code] = _Code("DCM", "109993", "Plasma Display", (8303,))
"""Plasma Display (DCM 109993)."""

OLED: _Final[_Code] = _Code("DCM", "109994", "OLED", (8303,))
"""OLED (DCM 109994)."""

DLPRearProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109995", "DLP Rear Projection System", (8303,)
)
"""DLP Rear Projection System (DCM 109995)."""

DLPFrontProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109996", "DLP Front Projection System", (8303,)
)
"""DLP Front Projection System (DCM 109996)."""

CRTRearProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109997", "CRT Rear Projection System", (8303,)
)
"""CRT Rear Projection System (DCM 109997)."""

CRTFrontProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109998", "CRT Front Projection System", (8303,)
)
"""CRT Front Projection System (DCM 109998)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CRTDisplay,
    LiquidCrystalDisplay,
    PlasmaDisplay,
    OLED,
    DLPRearProjectionSystem,
    DLPFrontProjectionSystem,
    CRTRearProjectionSystem,
    CRTFrontProjectionSystem,
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
