"""CID 3670 ECG Procedure Type.

Extensible, version 20110330, UID 1.2.840.10008.6.1.185.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3670
NAME: _Final[str] = "ECG Procedure Type"
KEYWORD: _Final[str | None] = "ECGProcedureType"
UID: _Final[str | None] = "1.2.840.10008.6.1.185"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_12LeadECG: _Final[_Code] = _Code("SCT", "268400002", "12-Lead ECG", (3670,))
"""12-Lead ECG (SCT 268400002)."""

_15LeadECG: _Final[_Code] = _Code("SCT", "429163003", "15-Lead ECG", (3670,))
"""15-Lead ECG (SCT 429163003)."""

_18LeadECG: _Final[_Code] = _Code("SCT", "425808002", "18-Lead ECG", (3670,))
"""18-Lead ECG (SCT 425808002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (_12LeadECG, _15LeadECG, _18LeadECG)
"""The resolved membership: own members, then those of the included groups, in order."""
