"""CID 10022 Label Type.

Extensible, version 20110816, UID 1.2.840.10008.6.1.935.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10022
NAME: Final[str] = "Label Type"
KEYWORD: Final[str | None] = "LabelType"
UID: Final[str | None] = "1.2.840.10008.6.1.935"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110816"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SeriesNumber: Final[Code] = Code("DCM", "113607", "Series Number", (10022,))
"""Series Number (DCM 113607)."""

AcquisitionNumber: Final[Code] = Code("DCM", "113608", "Acquisition Number", (10022,))
"""Acquisition Number (DCM 113608)."""

InstanceNumber: Final[Code] = Code("DCM", "113609", "Instance Number", (10022,))
"""Instance Number (DCM 113609)."""

MEMBERS: Final[tuple[Code, ...]] = (SeriesNumber, AcquisitionNumber, InstanceNumber)
"""The resolved membership: own members, then those of the included groups, in order."""
