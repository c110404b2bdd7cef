"""CID 12245 Cardiac Ultrasound Report Title.

Extensible, version 20100317, UID 1.2.840.10008.6.1.826.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12245
NAME: _Final[str] = "Cardiac Ultrasound Report Title"
KEYWORD: _Final[str | None] = "CardiacUltrasoundReportTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.826"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PediatricCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125195", "Pediatric Cardiac Ultrasound Report", (7000, 12245)
)
"""Pediatric Cardiac Ultrasound Report (DCM 125195)."""

FetalCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125196", "Fetal Cardiac Ultrasound Report", (7000, 12245)
)
"""Fetal Cardiac Ultrasound Report (DCM 125196)."""

AdultCongenitalCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125197", "Adult Congenital Cardiac Ultrasound Report", (7000, 12245)
)
"""Adult Congenital Cardiac Ultrasound Report (DCM 125197)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PediatricCardiacUltrasoundReport,
    FetalCardiacUltrasoundReport,
    AdultCongenitalCardiacUltrasoundReport,
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
