"""CID 10015 CT Dose Reference Authority.

Extensible, version 20081027, UID 1.2.840.10008.6.1.547.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10015
NAME: Final[str] = "CT Dose Reference Authority"
KEYWORD: Final[str | None] = "CTDoseReferenceAuthority"
UID: Final[str | None] = "1.2.840.10008.6.1.547"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20081027"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ICRPPub60: Final[Code] = Code("DCM", "113808", "ICRP Pub 60", (10015,))
"""ICRP Pub 60 (DCM 113808)."""

ICRPPub103: Final[Code] = Code("DCM", "113841", "ICRP Pub 103", (10015,))
"""ICRP Pub 103 (DCM 113841)."""

MEMBERS: Final[tuple[Code, ...]] = (ICRPPub60, ICRPPub103)
"""The resolved membership: own members, then those of the included groups, in order."""
