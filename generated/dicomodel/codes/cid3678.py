"""CID 3678 QT Correction Algorithm.

Extensible, version 20081029, UID 1.2.840.10008.6.1.192.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3678
NAME: _Final[str] = "QT Correction Algorithm"
KEYWORD: _Final[str | None] = "QTCorrectionAlgorithm"
UID: _Final[str | None] = "1.2.840.10008.6.1.192"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081029"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BazettQTCorrectionAlgorithm: _Final[_Code] = _Code(
    "DCM", "122730", "Bazett QT Correction Algorithm", (3678,)
)
"""Bazett QT Correction Algorithm (DCM 122730)."""

HodgesQTCorrectionAlgorithm: _Final[_Code] = _Code(
    "DCM", "122731", "Hodges QT Correction Algorithm", (3678,)
)
"""Hodges QT Correction Algorithm (DCM 122731)."""

FridericiaQtcAlgorithm: _Final[_Code] = _Code("DCM", "122732", "Fridericia QTc Algorithm", (3678,))
"""Fridericia QTc Algorithm (DCM 122732)."""

FraminghamQtcAlgorithm: _Final[_Code] = _Code("DCM", "122733", "Framingham QTc Algorithm", (3678,))
"""Framingham QTc Algorithm (DCM 122733)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BazettQTCorrectionAlgorithm,
    HodgesQTCorrectionAlgorithm,
    FridericiaQtcAlgorithm,
    FraminghamQtcAlgorithm,
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
