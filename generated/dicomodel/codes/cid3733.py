"""CID 3733 Primary Cause of Death.

Extensible, version 20030327, UID 1.2.840.10008.6.1.231.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3733
NAME: _Final[str] = "Primary Cause of Death"
KEYWORD: _Final[str | None] = "PrimaryCauseOfDeath"
UID: _Final[str | None] = "1.2.840.10008.6.1.231"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cardiac: _Final[_Code] = _Code("NCDR", "25-1", "Cardiac", (3733,))
"""Cardiac (NCDR 25-1)."""

Neurologic: _Final[_Code] = _Code("NCDR", "25-2", "Neurologic", (3733,))
"""Neurologic (NCDR 25-2)."""

Renal: _Final[_Code] = _Code("NCDR", "25-3", "Renal", (3733,))
"""Renal (NCDR 25-3)."""

Vascular: _Final[_Code] = _Code("NCDR", "25-4", "Vascular", (3733,))
"""Vascular (NCDR 25-4)."""

Infection: _Final[_Code] = _Code("NCDR", "25-5", "Infection", (3733,))
"""Infection (NCDR 25-5)."""

Pulmonary: _Final[_Code] = _Code("NCDR", "25-6", "Pulmonary", (3733,))
"""Pulmonary (NCDR 25-6)."""

Valvular: _Final[_Code] = _Code("NCDR", "25-7", "Valvular", (3733,))
"""Valvular (NCDR 25-7)."""

Other: _Final[_Code] = _Code("NCDR", "25-8", "Other", (3733,))
"""Other (NCDR 25-8)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Cardiac,
    Neurologic,
    Renal,
    Vascular,
    Infection,
    Pulmonary,
    Valvular,
    Other,
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
