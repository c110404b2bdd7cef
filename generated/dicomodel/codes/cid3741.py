"""CID 3741 Lab Visit Medication Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.238.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3741
NAME: _Final[str] = "Lab Visit Medication Administration"
KEYWORD: _Final[str | None] = "LabVisitMedicationAdministration"
UID: _Final[str | None] = "1.2.840.10008.6.1.238"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Contraindicated: _Final[_Code] = _Code("SCT", "373147003", "Contraindicated", (3741, 3742, 3743))
"""Contraindicated (SCT 373147003)."""

AdministeredBeforeLabVisit: _Final[_Code] = _Code(
    "SCT", "371898003", "Administered before lab visit", (3741,)
)
"""Administered before lab visit (SCT 371898003)."""

AdministeredDuringLabVisit: _Final[_Code] = _Code(
    "SCT", "371905006", "Administered during lab visit", (3741,)
)
"""Administered during lab visit (SCT 371905006)."""

AdministeredAfterLabVisit: _Final[_Code] = _Code(
    "SCT", "371899006", "Administered after lab visit", (3741,)
)
"""Administered after lab visit (SCT 371899006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Contraindicated,
    AdministeredBeforeLabVisit,
    AdministeredDuringLabVisit,
    AdministeredAfterLabVisit,
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
