"""CID 12100 Vascular Ultrasound Report Document Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1315.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12100
NAME: _Final[str] = "Vascular Ultrasound Report Document Title"
KEYWORD: _Final[str | None] = "VascularUltrasoundReportDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1315"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

USCarotidArteriesReport: _Final[_Code] = _Code(
    "LN", "24616-5", "US Carotid Arteries Report", (12100,)
)
"""US Carotid Arteries Report (LN 24616-5)."""

USArteryReport: _Final[_Code] = _Code("LN", "46375-2", "US Artery Report", (12100,))
"""US Artery Report (LN 46375-2)."""

USVeinReport: _Final[_Code] = _Code("LN", "39036-9", "US Vein Report", (12100,))
"""US Vein Report (LN 39036-9)."""

USDopplerVesselsReport: _Final[_Code] = _Code(
    "LN", "39445-2", "US Doppler Vessels Report", (12100,)
)
"""US Doppler Vessels Report (LN 39445-2)."""

USDopplerAbdominalVesselsReport: _Final[_Code] = _Code(
    "LN", "24534-0", "US Doppler Abdominal Vessels Report", (12100,)
)
"""US Doppler Abdominal Vessels Report (LN 24534-0)."""

USDopplerExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "43771-5", "US Doppler Extremity Vessels Report", (12100,)
)
"""US Doppler Extremity Vessels Report (LN 43771-5)."""

USDopplerHeadVesselsReport: _Final[_Code] = _Code(
    "LN", "24733-8", "US Doppler Head Vessels Report", (12100,)
)
"""US Doppler Head Vessels Report (LN 24733-8)."""

USDopplerLowerExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "44174-1", "US Doppler Lower Extremity Vessels Report", (12100,)
)
"""US Doppler Lower Extremity Vessels Report (LN 44174-1)."""

USDopplerUpperExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "39448-6", "US Doppler Upper Extremity Vessels Report", (12100,)
)
"""US Doppler Upper Extremity Vessels Report (LN 39448-6)."""

PeripheralVascularUltrasoundReport: _Final[_Code] = _Code(
    "SCT", "48526000", "Peripheral Vascular Ultrasound Report", (12100,)
)
"""Peripheral Vascular Ultrasound Report (SCT 48526000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    USCarotidArteriesReport,
    USArteryReport,
    USVeinReport,
    USDopplerVesselsReport,
    USDopplerAbdominalVesselsReport,
    USDopplerExtremityVesselsReport,
    USDopplerHeadVesselsReport,
    USDopplerLowerExtremityVesselsReport,
    USDopplerUpperExtremityVesselsReport,
    PeripheralVascularUltrasoundReport,
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
