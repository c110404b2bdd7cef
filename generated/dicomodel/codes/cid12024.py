"""CID 12024 OB-GYN Ultrasound Report Document Title.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1318.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12024
NAME: Final[str] = "OB-GYN Ultrasound Report Document Title"
KEYWORD: Final[str | None] = "OBGYNUltrasoundReportDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1318"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200704"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OBGYNUltrasoundProcedureReport: Final[Code] = Code(
    "DCM", "125000", "OB-GYN Ultrasound Procedure Report", (12024,)
)
"""OB-GYN Ultrasound Procedure Report (DCM 125000)."""

USPelvis: Final[Code] = Code("LN", "24869-0", "US Pelvis", (12024,))
"""US Pelvis (LN 24869-0)."""

ObstetricUSScan: Final[Code] = Code("SCT", "268445003", "Obstetric US scan", (12024,))
"""Obstetric US scan (SCT 268445003)."""

MEMBERS: Final[tuple[Code, ...]] = (OBGYNUltrasoundProcedureReport, USPelvis, ObstetricUSScan)
"""The resolved membership: own members, then those of the included groups, in order."""
