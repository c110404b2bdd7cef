"""CID 3705 Chamber Size.

Extensible, version 20030327, UID 1.2.840.10008.6.1.207.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3705
NAME: _Final[str] = "Chamber Size"
KEYWORD: _Final[str | None] = "ChamberSize"
UID: _Final[str | None] = "1.2.840.10008.6.1.207"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalSizeCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373124004", "Normal size cardiac chamber", (3122, 3705)
)
"""Normal size cardiac chamber (SCT 373124004)."""

AbnormallySmallCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373125003", "Abnormally small cardiac chamber", (3705,)
)
"""Abnormally small cardiac chamber (SCT 373125003)."""

MildlyEnlargedCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373126002", "Mildly Enlarged cardiac chamber", (3122, 3705)
)
"""Mildly Enlarged cardiac chamber (SCT 373126002)."""

ModeratelyEnlargedCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373127006", "Moderately Enlarged cardiac chamber", (3122, 3705)
)
"""Moderately Enlarged cardiac chamber (SCT 373127006)."""

MarkedlyEnlargedCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373128001", "Markedly Enlarged cardiac chamber", (3122, 3705)
)
"""Markedly Enlarged cardiac chamber (SCT 373128001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalSizeCardiacChamber,
    AbnormallySmallCardiacChamber,
    MildlyEnlargedCardiacChamber,
    ModeratelyEnlargedCardiacChamber,
    MarkedlyEnlargedCardiacChamber,
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
