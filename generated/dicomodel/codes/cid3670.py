"""CID 3670 ECG Procedure Type.

Extensible, version 20110330, UID 1.2.840.10008.6.1.185.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3670
NAME: Final[str] = "ECG Procedure Type"
KEYWORD: Final[str | None] = "ECGProcedureType"
UID: Final[str | None] = "1.2.840.10008.6.1.185"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110330"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_12LeadECG: Final[Code] = Code("SCT", "268400002", "12-Lead ECG", (3670,))
"""12-Lead ECG (SCT 268400002)."""

_15LeadECG: Final[Code] = Code("SCT", "429163003", "15-Lead ECG", (3670,))
"""15-Lead ECG (SCT 429163003)."""

_18LeadECG: Final[Code] = Code("SCT", "425808002", "18-Lead ECG", (3670,))
"""18-Lead ECG (SCT 425808002)."""

MEMBERS: Final[tuple[Code, ...]] = (_12LeadECG, _15LeadECG, _18LeadECG)
"""The resolved membership: own members, then those of the included groups, in order."""
