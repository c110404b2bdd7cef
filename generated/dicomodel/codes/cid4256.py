"""CID 4256 Visual Field Procedure Modifier.

Extensible, version 20100827, UID 1.2.840.10008.6.1.915.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4256
NAME: _Final[str] = "Visual Field Procedure Modifier"
KEYWORD: _Final[str | None] = "VisualFieldProcedureModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.915"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Screening: _Final[_Code] = _Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006)."""

Diagnostic: _Final[_Code] = _Code("SCT", "261004008", "Diagnostic", (3629, 4256, 6061, 6319, 7064))
"""Diagnostic (SCT 261004008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Screening, Diagnostic)
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
