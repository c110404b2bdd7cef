"""CID 3837 Fiducial Feature.

Extensible, version 20051103, UID 1.2.840.10008.6.1.287.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3837
NAME: _Final[str] = "Fiducial Feature"
KEYWORD: _Final[str | None] = "FiducialFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.287"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ostium: _Final[_Code] = _Code("SCT", "264114003", "Ostium", (3019, 3837))
"""Ostium (SCT 264114003)."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal Artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal Artery (SCT 2841007)."""

AorticBifurcation: _Final[_Code] = _Code("SCT", "73166001", "Aortic Bifurcation", (3837,))
"""Aortic Bifurcation (SCT 73166001)."""

CommonIliacBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common Iliac Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Bifurcation (SCT 413896006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Ostium,
    RenalArtery,
    AorticBifurcation,
    CommonIliacBifurcation,
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
