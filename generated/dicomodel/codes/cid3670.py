"""CID 3670 ECG Procedure Type.

Extensible, version 20110330, UID 1.2.840.10008.6.1.185.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3670
NAME: _Final[str] = "ECG Procedure Type"
KEYWORD: _Final[str | None] = "ECGProcedureType"
UID: _Final[str | None] = "1.2.840.10008.6.1.185"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V12LeadECG: _Final[_Code] = _Code("SCT", "268400002", "12-Lead ECG", (3670,))
"""12-Lead ECG (SCT 268400002)."""

V15LeadECG: _Final[_Code] = _Code("SCT", "429163003", "15-Lead ECG", (3670,))
"""15-Lead ECG (SCT 429163003)."""

V18LeadECG: _Final[_Code] = _Code("SCT", "425808002", "18-Lead ECG", (3670,))
"""18-Lead ECG (SCT 425808002)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_12LeadECG: _Final[_Code] = V12LeadECG
_15LeadECG: _Final[_Code] = V15LeadECG
_18LeadECG: _Final[_Code] = V18LeadECG

MEMBERS: _Final[tuple[_Code, ...]] = (V12LeadECG, V15LeadECG, V18LeadECG)
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
