"""CID 12024 OB-GYN Ultrasound Report Document Title.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1339.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12024
NAME: _Final[str] = "OB-GYN Ultrasound Report Document Title"
KEYWORD: _Final[str | None] = "OBGYNUltrasoundReportDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1339"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200704"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OBGYNUltrasoundProcedureReport: _Final[_Code] = _Code(
    "DCM", "125000", "OB-GYN Ultrasound Procedure Report", (12024,)
)
"""OB-GYN Ultrasound Procedure Report (DCM 125000)."""

USPelvis: _Final[_Code] = _Code("LN", "24869-0", "US Pelvis", (12024,))
"""US Pelvis (LN 24869-0)."""

ObstetricUSScan: _Final[_Code] = _Code("SCT", "268445003", "Obstetric US scan", (12024,))
"""Obstetric US scan (SCT 268445003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (OBGYNUltrasoundProcedureReport, USPelvis, ObstetricUSScan)
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
