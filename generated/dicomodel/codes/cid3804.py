"""CID 3804 Stenosis Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.265.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3804
NAME: Final[str] = "Stenosis Measurement Method"
KEYWORD: Final[str | None] = "StenosisMeasurementMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.265"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NASCET: Final[Code] = Code("DCM", "122655", "NASCET", (3804,))
"""NASCET (DCM 122655)."""

ECST: Final[Code] = Code("DCM", "122656", "ECST", (3804,))
"""ECST (DCM 122656)."""

AreaBasedMethod: Final[Code] = Code("DCM", "122650", "Area Based Method", (3804, 3807))
"""Area Based Method (DCM 122650)."""

DiameterBasedMethod: Final[Code] = Code("DCM", "122651", "Diameter Based Method", (3804, 3807))
"""Diameter Based Method (DCM 122651)."""

MEMBERS: Final[tuple[Code, ...]] = (NASCET, ECST, AreaBasedMethod, DiameterBasedMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
