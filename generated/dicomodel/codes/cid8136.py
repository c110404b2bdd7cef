"""CID 8136 Microscopy Measurement Type.

Extensible, version 20210712, UID 1.2.840.10008.6.1.1366.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8136
NAME: _Final[str] = "Microscopy Measurement Type"
KEYWORD: _Final[str | None] = "MicroscopyMeasurementType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1366"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210712"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Area,)
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
