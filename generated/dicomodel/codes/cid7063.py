"""CID 7063 Model Scale Unit.

Non-extensible, version 20180403, UID 1.2.840.10008.6.1.1204.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7063
NAME: _Final[str] = "Model Scale Unit"
KEYWORD: _Final[str | None] = "ModelScaleUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1204"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20180403"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

M: _Final[_Code] = _Code("UCUM", "m", "m", (7063,))
"""m (UCUM m)."""

cm: _Final[_Code] = _Code("UCUM", "cm", "cm", (7063, 7460))
"""cm (UCUM cm)."""

mm: _Final[_Code] = _Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

um: _Final[_Code] = _Code("UCUM", "um", "um", (4260, 4267, 7063, 7460))
"""um (UCUM um)."""

MEMBERS: _Final[tuple[_Code, ...]] = (M, cm, mm, um)
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
