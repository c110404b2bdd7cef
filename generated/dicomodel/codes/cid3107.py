"""CID 3107 PET Cardiology Radiopharmaceutical.

Extensible, version 20080927, UID 1.2.840.10008.6.1.740.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3107
NAME: _Final[str] = "PET Cardiology Radiopharmaceutical"
KEYWORD: _Final[str | None] = "PETCardiologyRadiopharmaceutical"
UID: _Final[str | None] = "1.2.840.10008.6.1.740"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FluorodeoxyglucoseF18: _Final[_Code] = _Code(
    "SCT", "35321007", "Fluorodeoxyglucose F^18^", (25, 3107, 4021)
)
"""Fluorodeoxyglucose F^18^ (SCT 35321007)."""

V13Nitrogen: _Final[_Code] = _Code("SCT", "21576001", "^13^Nitrogen", (3107, 4020))
"""^13^Nitrogen (SCT 21576001)."""

V82Rubidium: _Final[_Code] = _Code("SCT", "79197006", "^82^Rubidium", (3107, 4020))
"""^82^Rubidium (SCT 79197006)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_13Nitrogen: _Final[_Code] = V13Nitrogen
_82Rubidium: _Final[_Code] = V82Rubidium

MEMBERS: _Final[tuple[_Code, ...]] = (FluorodeoxyglucoseF18, V13Nitrogen, V82Rubidium)
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
